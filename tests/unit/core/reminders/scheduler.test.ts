/**
 * The reminder scheduler over a real database (the reminders table), a pinned clock and timers that
 * follow it. Instants are UTC; New York is UTC-5 in November, so 09:00 there is 14:00Z.
 */
import { describe, expect, it } from 'vitest';
import { createReminderScheduler, SAFETY_TICK_MS, type AttentionForReminders, type ReminderToShow } from '../../../../src/core/reminders/scheduler';
import { MAX_WAKE_MS } from '../../../../src/core/reminders/plan-reminders';
import type { ShowOutcome } from '../../../../src/shared/reminders';
import { pinnedClock } from '../../../fixtures/clock';
import { fakeTimers } from '../../../fixtures/fake-timers';
import { openTestTend } from '../../../fixtures/open-test-tend';
import { LONDON, NY, QUIET_TEAM, team } from './planner-fixtures';

const MONDAY_6AM = '2026-11-23T11:00:00.000Z';

interface Setup {
  start?: string;
  attention?: () => AttentionForReminders;
  show?: (reminder: ReminderToShow) => Promise<ShowOutcome>;
  timeZone?: () => string;
}

/** A started scheduler on a fresh database; the fake timers settle it after each firing. */
async function running(options: Setup = {}) {
  const clock = pinnedClock(options.start ?? MONDAY_6AM);
  const { tend } = await openTestTend({ clock });
  const shown: { at: string; reminder: ReminderToShow }[] = [];
  const counts: number[] = [];
  const state = { attention: { ...team(), needingAttention: 4 } as AttentionForReminders };
  let settle: () => Promise<void> = async () => {};
  const timers = fakeTimers(clock, () => settle());
  const scheduler = createReminderScheduler({
    clock,
    timeZone: options.timeZone ?? (() => NY),
    attention: options.attention ?? (() => state.attention),
    settings: () => tend.settings.get(),
    store: tend.reminders,
    show:
      options.show ??
      (async (reminder) => {
        shown.push({ at: clock().toISOString(), reminder });
        return { status: 'shown' };
      }),
    onAttentionChanged: (count) => counts.push(count),
    timers,
  });
  settle = () => scheduler.settled();
  scheduler.start();
  await scheduler.settled();
  return { clock, tend, shown, counts, scheduler, timers, state };
}

const kindsAt = (shown: { at: string; reminder: ReminderToShow }[]) => shown.map(({ at, reminder }) => `${reminder.kind} ${at}`);

describe('reminder scheduler', () => {
  // A week of 5-minute safety ticks is ~2,000 plans over the database: 17 s measured at load 20 on
  // two cores, past the 15 s default, so this test has its own budget.
  it('over a whole week shows one digest at 09:00 and one reflection at 17:30 on each workday, none at the weekend', async () => {
    const { shown, timers, scheduler } = await running();
    await timers.runUntil('2026-11-30T04:59:00.000Z'); // Sunday 23:59 in New York
    expect(kindsAt(shown)).toEqual(
      ['23', '24', '25', '26', '27'].flatMap((day) => [
        `digest 2026-11-${day}T14:00:00.000Z`,
        `reflection 2026-11-${day}T22:30:00.000Z`,
      ]),
    );
    expect(shown[0]!.reminder).toMatchObject({ title: '5 people could use your time', body: expect.stringMatching(/^Sam, Priya and Lee · \+2 more/), route: '#/today', catchUp: false });
    scheduler.stop();
  }, 60_000);

  it('never sets its one timer further than the safety tick, and always one timer at a time', async () => {
    const { timers, scheduler } = await running();
    await timers.runUntil('2026-11-25T12:00:00.000Z');
    expect(Math.max(...timers.delays)).toBeLessThanOrEqual(SAFETY_TICK_MS);
    expect(SAFETY_TICK_MS).toBeLessThan(MAX_WAKE_MS);
    expect(timers.pending).toBe(1);
    expect(scheduler.nextWakeAt!.getTime() - Date.parse('2026-11-25T12:00:00.000Z')).toBeLessThanOrEqual(SAFETY_TICK_MS);
    scheduler.stop();
    expect(timers.pending).toBe(0);
    expect(scheduler.nextWakeAt).toBeNull();
  });

  it('after a three-day sleep shows one catch-up, not one per missed day, whether resume fires once, twice or not at all', async () => {
    const { shown, timers, scheduler } = await running();
    await timers.runUntil('2026-11-23T15:00:00.000Z'); // Monday's digest went out at 09:00
    expect(shown).toHaveLength(1);
    timers.sleep('2026-11-26T16:00:00.000Z'); // Thursday 11:00
    await Promise.all([scheduler.wake('resume'), scheduler.wake('resume')]);
    await timers.fireDue(); // the stalled timer fires too
    expect(kindsAt(shown.slice(1))).toEqual(['digest 2026-11-26T16:00:00.000Z']);
    expect(shown[1]!.reminder.catchUp).toBe(true);
  });

  it('catches up on the next safety tick when no resume event comes at all', async () => {
    const { shown, timers } = await running();
    timers.sleep('2026-11-25T17:00:00.000Z'); // Wednesday noon, nobody called wake()
    await timers.fireDue();
    expect(kindsAt(shown)).toEqual(['digest 2026-11-25T17:00:00.000Z']);
  });

  it('does not repeat the digest when the wall clock is set back across its time', async () => {
    const { shown, timers, scheduler } = await running();
    await timers.runUntil('2026-11-23T14:30:00.000Z');
    timers.sleep('2026-11-23T12:00:00.000Z'); // set back two and a half hours
    await scheduler.wake('clock changed');
    await timers.runUntil('2026-11-23T15:00:00.000Z');
    expect(kindsAt(shown)).toEqual(['digest 2026-11-23T14:00:00.000Z']);
  });

  it('shows nothing inside quiet hours, even when woken there', async () => {
    const { shown, timers, scheduler } = await running({ start: '2026-11-24T07:00:00.000Z' }); // Tuesday 02:00
    await scheduler.wake('unlock-screen');
    await timers.runUntil('2026-11-24T12:59:00.000Z'); // 07:59
    expect(shown).toEqual([]);
    await timers.runUntil('2026-11-24T14:00:00.000Z');
    expect(kindsAt(shown)).toEqual(['digest 2026-11-24T14:00:00.000Z']);
  });

  it('follows a time-zone change at the next wake: the digest comes at 09:00 in the new zone', async () => {
    let zone = NY;
    const { shown, timers, scheduler } = await running({ start: '2026-11-24T06:00:00.000Z', timeZone: () => zone });
    zone = LONDON; // 06:00 in London; the laptop landed
    await scheduler.wake('time zone changed');
    await timers.runUntil('2026-11-24T09:00:00.000Z');
    expect(kindsAt(shown)).toEqual(['digest 2026-11-24T09:00:00.000Z']);
  });

  it('does not repeat a reminder after a restart, and re-shows one decided but never confirmed (a crash in between)', async () => {
    const first = await running({ start: '2026-11-23T14:00:00.000Z' });
    expect(first.shown).toHaveLength(1);
    first.scheduler.stop();
    // A crash after deciding Tuesday's digest, before the OS confirmed it.
    first.clock.set('2026-11-24T14:00:00.000Z');
    const tuesday = { kind: 'digest' as const, key: 'digest:2026-11-24', title: 'Sam could use your time', body: 'Sam', route: '#/today', catchUp: false };
    const decided = first.tend.reminders.decide(tuesday, '2026-11-24');

    const shown: ReminderToShow[] = [];
    const again = createReminderScheduler({
      clock: first.clock,
      timeZone: () => NY,
      attention: () => ({ ...team(), needingAttention: 4 }),
      settings: () => first.tend.settings.get(),
      store: first.tend.reminders,
      show: async (reminder) => (shown.push(reminder), { status: 'shown' }),
      timers: fakeTimers(first.clock, async () => {}),
    });
    again.start();
    await again.settled();
    again.stop();
    expect(shown.map((r) => [r.id, r.key])).toEqual([[decided.id, 'digest:2026-11-24']]);
    // Both went out and were confirmed: the record holds both, and neither was missed.
    expect(first.tend.reminders.history(10).map((r) => [r.localDay, r.shownAt !== null])).toEqual([
      ['2026-11-24', true],
      ['2026-11-23', true],
    ]);
    expect(first.tend.reminders.missed()).toEqual([]);
  });

  it('records a failed notification with its reason, keeps it in the Missed list and does not retry it every tick', async () => {
    const attempts: string[] = [];
    const { tend, timers, scheduler } = await running({
      start: '2026-11-23T13:59:00.000Z',
      show: async (reminder) => (attempts.push(reminder.key), { status: 'failed', reason: 'Notifications are turned off for Tend' }),
    });
    await timers.runUntil('2026-11-23T16:00:00.000Z');
    expect(attempts).toEqual(['digest:2026-11-23']);
    expect(tend.reminders.missed()).toMatchObject([{ kind: 'digest', shownAt: null, failedReason: 'Notifications are turned off for Tend' }]);
    scheduler.stop();
  });

  it('keeps planning after a show that throws or an attention source that fails', async () => {
    let broken = true;
    const { tend, timers, shown } = await running({
      start: '2026-11-23T13:00:00.000Z',
      attention: () => {
        if (broken) throw new Error('database busy');
        return { ...team(), needingAttention: 4 };
      },
    });
    await timers.runUntil('2026-11-23T13:30:00.000Z');
    broken = false;
    await timers.runUntil('2026-11-23T14:05:00.000Z');
    expect(kindsAt(shown)).toEqual(['digest 2026-11-23T14:00:00.000Z']);
    expect(tend.reminders.history(10)).toHaveLength(1);
  });

  it('reports the attention count when it changes, and only then', async () => {
    const { counts, scheduler, state } = await running();
    await scheduler.replan();
    expect(counts).toEqual([4]);
    state.attention = { ...team(QUIET_TEAM), needingAttention: 0 };
    await scheduler.replan();
    await scheduler.replan();
    expect(counts).toEqual([4, 0]);
  });

  it('holds every reminder while paused, and shows the day\'s digest once the pause ends', async () => {
    const { tend, shown, timers, scheduler } = await running();
    tend.settings.set({ pauseUntil: '2026-11-24T15:30:00.000Z' });
    await scheduler.replan();
    await timers.runUntil('2026-11-24T15:00:00.000Z');
    expect(shown).toEqual([]);
    await timers.runUntil('2026-11-24T15:31:00.000Z');
    expect(kindsAt(shown)).toEqual(['digest 2026-11-24T15:30:00.000Z']);
  });

  it('plans again at once when settings change: a digest moved to now comes now', async () => {
    const { tend, shown, scheduler } = await running({ start: '2026-11-23T12:30:00.000Z' }); // 07:30 in quiet hours
    tend.settings.set({ quietHours: { start: '22:00', end: '07:00' }, digestTime: '07:30' });
    await scheduler.replan();
    expect(kindsAt(shown)).toEqual(['digest 2026-11-23T12:30:00.000Z']);
  });
});
