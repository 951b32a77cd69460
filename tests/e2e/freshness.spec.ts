import type { AttentionForReminders } from '../../src/core/reminders/scheduler';
import { test, expect } from './fixtures';
import { TodayPage } from './pages/today-page';

/**
 * Views that depend on today refresh when the day changes (issue 19): three days on, Today no longer
 * shows the day count it showed when it was opened. The web host's test clock moves the host's day
 * as midnight, a wake from sleep or a clock set by hand would.
 */

/** Nobody to remind and the evening's reflection written: the scheduler stays quiet, so the page shows only what Today reads itself. */
const NOBODY: AttentionForReminders = { people: [], commitments: [], dates: [], reflectionWrittenToday: true, needingAttention: 0 };

test.use({ reminders: { startAt: '2026-11-23T14:00:00.000Z', attention: NOBODY } });

test('Today counts from the new day after the clock moves three days', async ({ page, host }) => {
  test.setTimeout(30_000);
  const saved = await host.current.tend.dispatch('people.save', { name: 'Priya Raman', cadenceDays: 30 });
  if (!saved.ok) throw new Error(saved.error.message);
  await host.current.tend.dispatch('investments.log', { personId: saved.value.id, minutes: 30, day: '2026-11-02' });

  const today = new TodayPage(page);
  await today.frame.open(`${host.current.url}#/today`);
  const row = today.rows.filter({ hasText: 'Priya Raman' });
  await expect(row).toContainText('21 days');

  await host.moveClock('2026-11-26T14:00:00.000Z');
  await expect(row).toContainText('24 days');
  await expect(row).not.toContainText('21 days');
});
