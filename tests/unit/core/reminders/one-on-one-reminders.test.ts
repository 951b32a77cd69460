import { expect, test } from 'vitest';
import { oneOnOneKey, type BookedReminder } from '../../../../src/core/reminders/one-on-one-reminders';
import { planReminders } from '../../../../src/core/reminders/plan-reminders';
import { defaultSettings, NY, QUIET_TEAM, SAM, team } from './planner-fixtures';

/** Sam's 1:1 on Monday 23 November at 14:00 New York (19:00 UTC), reminded 15 minutes before. */
const SAM_1_1: BookedReminder = {
  uid: 'sam-weekly@team.test',
  recurrenceId: '2026-11-23T19:00:00.000Z',
  personId: SAM,
  personName: 'Sam',
  startsAt: '2026-11-23T19:00:00.000Z',
  remindAt: '2026-11-23T18:45:00.000Z',
  openPromises: 2,
  talkingPoints: 1,
};
const attention = team({ ...QUIET_TEAM, oneOnOnes: [SAM_1_1] });
const plan = (now: string, options: { shown?: string[]; settings?: Parameters<typeof defaultSettings>[0] } = {}) =>
  planReminders({
    now: new Date(now),
    timeZone: NY,
    settings: defaultSettings({ digestOn: false, reflectionOn: false, ...options.settings }),
    attention,
    shown: (options.shown ?? []).map((key) => ({ kind: 'one-on-one' as const, key, localDay: '2026-11-23', shownAt: '2026-11-23T18:45:00.000Z' })),
  });

test('at its lead time: “1:1 with Sam at 14:00 — 2 open promises, 1 talking point”, opening the prep sheet', () => {
  expect(plan('2026-11-23T18:45:00.000Z').show).toEqual([
    {
      kind: 'one-on-one',
      key: oneOnOneKey(SAM_1_1),
      title: '1:1 with Sam at 14:00 — 2 open promises, 1 talking point',
      body: 'Open the prep sheet to get ready.',
      route: `#/prep/${SAM}`,
      catchUp: false,
      whileLocked: { title: 'Tend — a 1:1 at 14:00', body: 'Unlock Tend to see with whom, and its prep.' },
    },
  ]);
});

test('while Tend is locked its words name no one and count nothing (issue 24)', () => {
  const [reminder] = plan('2026-11-23T18:45:00.000Z').show;
  expect(`${reminder!.whileLocked.title} ${reminder!.whileLocked.body}`).not.toMatch(/Sam|promise|talking/);
});

test('before its time nothing shows, and the planner wakes at its time', () => {
  const early = plan('2026-11-23T18:20:00.000Z');
  expect(early.show).toEqual([]);
  expect(early.nextWakeAt.toISOString()).toBe('2026-11-23T18:45:00.000Z');
});

test('once shown it never shows again; after sleep past the start it is not shown at all', () => {
  expect(plan('2026-11-23T18:50:00.000Z', { shown: [oneOnOneKey(SAM_1_1)] }).show).toEqual([]);
  expect(plan('2026-11-23T19:05:00.000Z').show).toEqual([]);
  // Woken inside the window but late: shown once, as a catch-up.
  expect(plan('2026-11-23T18:58:00.000Z').show.map((r) => r.catchUp)).toEqual([true]);
});

test('it follows quiet hours and a pause', () => {
  expect(plan('2026-11-23T18:45:00.000Z', { settings: { quietHours: { start: '13:00', end: '15:00' } } }).show).toEqual([]);
  expect(plan('2026-11-23T18:45:00.000Z', { settings: { pauseUntil: '2026-11-24T00:00:00.000Z' } }).show).toEqual([]);
});
