import { expect, test } from 'vitest';
import { meetingOfferKey, type MeetingToOffer } from '../../../../src/core/reminders/meeting-offer-reminders';
import { planReminders } from '../../../../src/core/reminders/plan-reminders';
import { defaultSettings, KIM, NY, QUIET_TEAM, SAM, team } from './planner-fixtures';

/** Sam's 1:1 on Monday 23 November ends at 14:30 New York (19:30 UTC); Kim's at 16:45 (21:45 UTC). */
const SAM_ENDS: MeetingToOffer = { uid: 'sam-weekly@team.test', recurrenceId: '2026-11-23T19:00:00.000Z', personId: SAM, personName: 'Sam', endsAt: '2026-11-23T19:30:00.000Z', minutes: 30 };
const KIM_ENDS: MeetingToOffer = { uid: 'kim@team.test', recurrenceId: '2026-11-23T21:00:00.000Z', personId: KIM, personName: 'Kim', endsAt: '2026-11-23T21:45:00.000Z', minutes: 45 };

const plan = (now: string, options: { shown?: string[]; settings?: Parameters<typeof defaultSettings>[0]; meetings?: MeetingToOffer[] } = {}) =>
  planReminders({
    now: new Date(now),
    timeZone: NY,
    settings: defaultSettings({ digestOn: false, reflectionOn: false, ...options.settings }),
    attention: team({ ...QUIET_TEAM, meetingOffers: options.meetings ?? [SAM_ENDS, KIM_ENDS] }),
    shown: (options.shown ?? []).map((key) => ({ kind: 'one-on-one' as const, key, localDay: '2026-11-23', shownAt: '2026-11-23T19:30:00.000Z' })),
  });

test('the planner wakes when a booked 1:1 ends, and then asks “Log the 1:1 with Sam (30 min)?”, opening Today', () => {
  const before = plan('2026-11-23T19:10:00.000Z');
  expect(before.show).toEqual([]);
  expect(before.nextWakeAt.toISOString()).toBe('2026-11-23T19:30:00.000Z');
  const at = plan('2026-11-23T19:30:00.000Z');
  expect(at.show).toEqual([
    {
      kind: 'one-on-one',
      key: meetingOfferKey(SAM_ENDS),
      title: 'Log the 1:1 with Sam (30 min)?',
      body: 'One click on Today logs it, or open the meeting finish to add notes.',
      whileLocked: { title: 'Tend — a 1:1 to log', body: 'Unlock Tend to log it in one click.' },
      route: '#/today',
      catchUp: false,
    },
  ]);
  // Then the next end is the next wake (once within the planner's hour).
  expect(plan('2026-11-23T21:00:00.000Z', { shown: [meetingOfferKey(SAM_ENDS)] }).nextWakeAt.toISOString()).toBe('2026-11-23T21:45:00.000Z');
});

test('asked once per meeting: once shown (or answered, when it leaves the list) it is not asked again', () => {
  expect(plan('2026-11-23T19:40:00.000Z', { shown: [meetingOfferKey(SAM_ENDS)] }).show).toEqual([]);
  expect(plan('2026-11-23T19:40:00.000Z', { meetings: [KIM_ENDS] }).show).toEqual([]);
});

test('woken from sleep after both ended: one catch-up asks about both, and neither again', () => {
  const [woken, ...more] = plan('2026-11-23T23:00:00.000Z').show;
  expect(more).toEqual([]);
  expect(woken).toMatchObject({ title: '2 1:1s to log', body: 'Sam (30 min) · Kim (45 min)', catchUp: true, whileLocked: { title: 'Tend — 2 1:1s to log' } });
  expect(plan('2026-11-23T23:05:00.000Z', { shown: [woken!.key] }).show).toEqual([]);
  // A key of two meetings counts for each: Sam's alone is not asked again either.
  expect(plan('2026-11-23T23:05:00.000Z', { shown: [woken!.key], meetings: [SAM_ENDS] }).show).toEqual([]);
});

test('while locked its words name no one (issue 24)', () => {
  for (const reminder of [...plan('2026-11-23T19:30:00.000Z').show, ...plan('2026-11-23T23:00:00.000Z').show]) {
    expect(`${reminder.whileLocked.title} ${reminder.whileLocked.body}`).not.toMatch(/Sam|Kim|min\)/);
  }
});

test('it follows quiet hours and a pause, then comes once they end', () => {
  expect(plan('2026-11-23T19:30:00.000Z', { settings: { quietHours: { start: '14:00', end: '15:00' } } }).show).toEqual([]);
  expect(plan('2026-11-23T19:30:00.000Z', { settings: { pauseUntil: '2026-11-23T20:00:00.000Z' } }).show).toEqual([]);
  expect(plan('2026-11-23T20:00:00.000Z', { settings: { pauseUntil: '2026-11-23T20:00:00.000Z' }, meetings: [SAM_ENDS] }).show.map((r) => r.catchUp)).toEqual([true]);
});
