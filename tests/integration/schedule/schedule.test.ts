import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { MethodInput } from '../../../src/shared/contract';
import { dumpDatabase } from '../../fixtures/db-dump';
import { sideConnection } from '../../fixtures/side-connection';
import { MINUTE } from '../../fixtures/clock';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';
import { teamCalendar } from '../../fixtures/team-calendar';
import { modeOf } from '../../fixtures/temp-dir';

async function team() {
  const t = await openTestTend();
  const save = async (input: MethodInput<'people.save'>) => expectOk(await t.tend.dispatch('people.save', input));
  const sam = await save({ name: 'Samuel Okafor', preferredName: 'Sam', email: 'Sam.Okafor@example.com' });
  const kofi = await save({ name: 'Kofi Mensah' });
  const priya = await save({ name: 'Priya Raman' });
  const lena = await save({ name: 'Lena Vogel', cadenceDays: 7 });
  return { ...t, sam, kofi, priya, lena };
}

test('a picked file is read, its 1:1s proposed by address and by title, and confirmed once per series', async () => {
  const { tend, sam, kofi, priya, dataDir } = await team();
  const status = expectOk(await tend.dispatch('schedule.setFile', { name: 'work.ics', content: teamCalendar() }));
  expect(status.sources).toEqual([
    { kind: 'file', label: 'work.ics', readAt: '2026-11-23T14:00:00.000Z', triedAt: '2026-11-23T14:00:00.000Z', error: null, events: expect.any(Number) },
  ]);
  expect(status.toReview).toBe(3);
  const review = expectOk(await tend.dispatch('schedule.review'));
  // In the order they come round (a past one by when it was).
  expect(review.map((p) => [p.uid, p.personName, p.reason])).toEqual([
    ['priya-once@team.test', 'Priya Raman', 'title'],
    ['sam-weekly@team.test', 'Samuel Okafor', 'email'],
    ['kofi-weekly@team.test', 'Kofi Mensah', 'title'],
  ]);
  // The standup is no one's 1:1 and is never asked about.
  expect(review.map((p) => p.uid)).not.toContain('standup@team.test');

  for (const proposal of review) expectOk(await tend.dispatch('schedule.confirm', { uid: proposal.uid, personId: proposal.personId }));
  expect(expectOk(await tend.dispatch('schedule.review'))).toEqual([]);

  const week = expectOk(await tend.dispatch('schedule.week'));
  expect(week.booked.map((b) => [b.personName, b.startsAt])).toEqual([
    ['Priya Raman', '2026-11-23T13:00:00.000Z'],
    ['Samuel Okafor', '2026-11-24T19:00:00.000Z'],
    ['Kofi Mensah', '2026-11-25T15:00:00.000Z'],
  ]);
  // Lena is due by her cadence and has nothing booked.
  expect(week.unbooked.map((u) => u.personName)).toEqual(['Lena Vogel']);
  expect([sam.id, kofi.id, priya.id]).toContain(week.booked[1]!.personId);

  // The reminder planner hears of the 1:1s starting in the next day and a half, 15 minutes ahead by default.
  expect(tend.attentionForReminders().oneOnOnes?.map((b) => [b.personName, b.startsAt, b.remindAt])).toEqual([
    ['Sam', '2026-11-24T19:00:00.000Z', '2026-11-24T18:45:00.000Z'],
  ]);

  // Reading the file again (a new export) keeps what was confirmed: the series is matched by UID.
  expectOk(await tend.dispatch('schedule.setFile', { name: 'work.ics', content: teamCalendar({ samTitle: 'Renamed' }) }));
  expect(expectOk(await tend.dispatch('schedule.review'))).toEqual([]);
  expect(modeOf(join(dataDir, 'tend.sqlite'))).toBe(0o600);
});

test('a correction is remembered: “not a 1:1” hides a series, another person takes it over', async () => {
  const { tend, kofi, lena } = await team();
  expectOk(await tend.dispatch('schedule.setFile', { name: 'work.ics', content: teamCalendar() }));
  expectOk(await tend.dispatch('schedule.confirm', { uid: 'kofi-weekly@team.test', personId: lena.id }));
  expectOk(await tend.dispatch('schedule.confirm', { uid: 'priya-once@team.test', personId: null }));
  const week = expectOk(await tend.dispatch('schedule.week'));
  expect(week.booked.map((b) => b.personName)).toEqual(['Lena Vogel']);
  expect(expectOk(await tend.dispatch('schedule.person', { personId: lena.id })).next?.startsAt).toBe('2026-11-25T15:00:00.000Z');
  expect(expectOk(await tend.dispatch('schedule.person', { personId: kofi.id }))).toEqual({ next: null, last: null });
  expect(expectError(await tend.dispatch('schedule.confirm', { uid: 'nobody@team.test', personId: lena.id })).code).toBe('not_found');
});

test('a malformed file is refused with its line, and nothing is stored', async () => {
  const { tend } = await team();
  const before = dumpDatabase(tend.databaseFile);
  const content = readFileSync(join(__dirname, '../../fixtures/ics/malformed.ics'), 'utf8');
  const error = expectError(await tend.dispatch('schedule.setFile', { name: 'broken.ics', content }));
  expect(error).toMatchObject({ code: 'invalid_input', field: 'content' });
  expect(error.message).toMatch(/^broken\.ics is not a calendar Tend can read\. Line 9: /);
  expect(dumpDatabase(tend.databaseFile)).toBe(before);
});

test('after a 1:1 ends, one answer logs exactly one investment of its length, and it is not offered again', async () => {
  const { tend, priya, sam, clock } = await team();
  expectOk(await tend.dispatch('schedule.setFile', { name: 'work.ics', content: teamCalendar() }));
  for (const p of expectOk(await tend.dispatch('schedule.review'))) expectOk(await tend.dispatch('schedule.confirm', { uid: p.uid, personId: p.personId }));

  const offers = expectOk(await tend.dispatch('schedule.offers'));
  expect(offers).toEqual([
    { uid: 'priya-once@team.test', recurrenceId: '2026-11-23T13:00:00.000Z', personId: priya.id, personName: 'Priya Raman', preferredName: null, startsAt: '2026-11-23T13:00:00.000Z', minutes: 30 },
  ]);
  expect(expectOk(await tend.dispatch('schedule.answerOffer', { uid: offers[0]!.uid, recurrenceId: offers[0]!.recurrenceId, answer: 'log' }))).toEqual([]);
  const side = sideConnection(tend);
  expect(side.db.all('SELECT person_id AS personId, day, minutes, kind FROM investments')).toEqual([{ personId: priya.id, day: '2026-11-23', minutes: 30, kind: 'one_on_one' }]);
  expect(expectError(await tend.dispatch('schedule.answerOffer', { uid: offers[0]!.uid, recurrenceId: offers[0]!.recurrenceId, answer: 'log' })).code).toBe('not_found');

  // Tuesday after Sam's 1:1: dismissed, it is not offered again either.
  clock.set('2026-11-24T19:31:00.000Z');
  const tuesday = expectOk(await tend.dispatch('schedule.offers'));
  expect(tuesday.map((o) => o.personId)).toEqual([sam.id]);
  expectOk(await tend.dispatch('schedule.answerOffer', { uid: tuesday[0]!.uid, recurrenceId: tuesday[0]!.recurrenceId, answer: 'dismiss' }));
  clock.advance(5 * MINUTE);
  expect(expectOk(await tend.dispatch('schedule.offers'))).toEqual([]);
});

test('a 1:1 finished in prep’s meeting mode that day is not offered', async () => {
  const { tend, priya } = await team();
  expectOk(await tend.dispatch('schedule.setFile', { name: 'work.ics', content: teamCalendar() }));
  expectOk(await tend.dispatch('schedule.confirm', { uid: 'priya-once@team.test', personId: priya.id }));
  expectOk(await tend.dispatch('prep.finish', { personId: priya.id, meetingId: '5f0c4a3e-8b2d-4e1f-9a6b-7c8d9e0f1a2b', minutes: 25 }));
  expect(expectOk(await tend.dispatch('schedule.offers'))).toEqual([]);
});

test('a person’s email is saved as typed, cleared when blank, and refused when it is not an address', async () => {
  const { tend, kofi } = await team();
  const withEmail = expectOk(await tend.dispatch('people.save', { id: kofi.id, expectedUpdatedAt: kofi.updatedAt, name: kofi.name, email: ' Kofi.Mensah@Example.com ' }));
  expect(withEmail.email).toBe('Kofi.Mensah@Example.com');
  expect(expectError(await tend.dispatch('people.save', { id: kofi.id, expectedUpdatedAt: withEmail.updatedAt, name: kofi.name, email: 'kofi at example' }))).toMatchObject({
    code: 'invalid_input',
    field: 'email',
    message: 'Email must be an address like sam@example.com.',
  });
  expect(expectOk(await tend.dispatch('people.save', { id: kofi.id, expectedUpdatedAt: withEmail.updatedAt, name: kofi.name, email: '' })).email).toBeNull();
});
