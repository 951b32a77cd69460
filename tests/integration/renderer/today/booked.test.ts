import { expect, test } from 'vitest';
import type { PersonAttention } from '../../../../src/shared/attention';
import type { MethodInput } from '../../../../src/shared/contract';
import { groupsOf } from '../../../../src/renderer/features/today/today-display';
import { openTestTend } from '../../../fixtures/open-test-tend';
import { expectOk } from '../../../fixtures/results';
import { teamCalendar } from '../../../fixtures/team-calendar';

/** Monday 23 November 2026, 09:00 in New York (the pinned clock); the calendar books Sam Tuesday 14:00 and Kofi Wednesday 10:00. */
test('a confirmed 1:1 this week is named on Today and takes the person out of "needs you"; the tray counts the same', async () => {
  const { tend } = await openTestTend();
  const save = async (input: MethodInput<'people.save'>) => expectOk(await tend.dispatch('people.save', input));
  const sam = await save({ name: 'Samuel Okafor', preferredName: 'Sam', email: 'sam.okafor@example.com', cadenceDays: 7 });
  const kofi = await save({ name: 'Kofi Mensah', cadenceDays: 7 });
  const lena = await save({ name: 'Lena Vogel', cadenceDays: 7 });
  // All three overdue: last time three weeks ago.
  for (const person of [sam, kofi, lena]) expectOk(await tend.dispatch('investments.log', { personId: person.id, day: '2026-11-02', minutes: 30 }));
  // On rhythm, nothing booked: listed after the booked.
  const ada = await save({ name: 'Ada Ahead', cadenceDays: 7 });
  expectOk(await tend.dispatch('investments.log', { personId: ada.id, minutes: 30 }));
  expectOk(await tend.dispatch('schedule.setFile', { name: 'work.ics', content: teamCalendar() }));

  const read = async () => {
    const summary = expectOk(await tend.dispatch('attention.summary', {}));
    const named = (name: string): PersonAttention => summary.people.find((p) => p.name === name)!;
    return { summary, named };
  };

  // Proposed but not confirmed: a guess is not a booking.
  const before = await read();
  expect(before.summary.needingAttention).toBe(3);
  expect(before.named('Samuel Okafor')).toMatchObject({ state: 'overdue', needsAttention: true, bookedOneOnOne: null });

  expectOk(await tend.dispatch('schedule.confirm', { uid: 'sam-weekly@team.test', personId: sam.id }));
  const after = await read();
  expect(after.named('Samuel Okafor')).toMatchObject({ state: 'overdue', needsAttention: false, bookedOneOnOne: { on: '2026-11-24', at: '14:00' } });
  expect(after.named('Samuel Okafor').whyNow[0]).toBe('1:1 booked tomorrow');
  expect(after.named('Kofi Mensah')).toMatchObject({ needsAttention: true, bookedOneOnOne: null });
  expect(after.summary.needingAttention).toBe(2);
  // Those who need you come first; Sam, booked, after them, in his own group on Today.
  expect(after.summary.people.map((p) => p.name)).toEqual(['Kofi Mensah', 'Lena Vogel', 'Samuel Okafor', 'Ada Ahead']);
  expect(groupsOf(after.summary).map((group) => [group.id, group.people.map((p) => p.name)])).toEqual([
    ['now', ['Kofi Mensah', 'Lena Vogel']],
    ['booked', ['Samuel Okafor']],
    ['rhythm', ['Ada Ahead']],
  ]);
  // The tray, the badge and the digest read the same count and the same people.
  const reminders = tend.attentionForReminders();
  expect(reminders.needingAttention).toBe(2);

  expectOk(await tend.dispatch('schedule.confirm', { uid: 'kofi-weekly@team.test', personId: kofi.id }));
  const both = await read();
  expect(both.named('Kofi Mensah').whyNow[0]).toBe('1:1 booked Wednesday');
  expect(both.summary.needingAttention).toBe(1);
  // By name Kofi would come first; Sam's 1:1 is sooner, and the booked are listed soonest first.
  expect(groupsOf(both.summary).find((group) => group.id === 'booked')?.people.map((p) => p.name)).toEqual(['Samuel Okafor', 'Kofi Mensah']);
  expect(tend.attentionForReminders().needingAttention).toBe(1);
});
