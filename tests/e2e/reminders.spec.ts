/**
 * Reminders in the browser against the web host's test clock. New York is UTC-5 in November: 09:00
 * there is 14:00Z. Monday 23 November 2026. Who needs attention comes from the fixture's attention
 * source (the web host has no attention.summary until issue 9 wires it): Sam is the most overdue.
 */
import type { AttentionForReminders } from '../../src/core/reminders/scheduler';
import { team } from '../unit/core/reminders/planner-fixtures';
import { test, expect } from './fixtures';
import { RemindersUi } from './pages/reminders';

const TEAM: AttentionForReminders = { ...team(), needingAttention: 5 };
/** Monday 07:00 in New York: inside quiet hours, so nothing goes out before the page is open. */
const MONDAY_7AM = '2026-11-23T12:00:00.000Z';

test.use({ reminders: { startAt: MONDAY_7AM, attention: TEAM } });

test.describe('Reminders', () => {
  test('09:00 on a workday brings exactly one digest naming the most overdue person; Open goes to it', async ({ page, host }) => {
    const ui = new RemindersUi(page);
    await ui.open(`${host.current.url}#/settings`);

    await host.moveClock('2026-11-23T13:59:00.000Z');
    await host.moveClock('2026-11-23T14:00:00.000Z');
    await expect(ui.toast).toContainText('5 people could use your time');
    await expect(ui.toast).toContainText(/Sam, /);
    await host.moveClock('2026-11-23T14:20:00.000Z');

    // It was on screen, so it was not missed (issue 20, item 4).
    await ui.frame.goTo('Today');
    await ui.toast.getByRole('button', { name: 'Open' }).click();
    await expect(page).toHaveURL(/#\/today$/);
    await ui.expectMissedCount(0);
  });

  test('after a simulated 3-day sleep one catch-up arrives, not three', async ({ page, host }) => {
    const ui = new RemindersUi(page);
    await ui.open(host.current.url);
    await host.moveClock('2026-11-23T14:00:00.000Z');
    await expect(ui.toast).toHaveCount(1);
    await ui.toast.getByRole('button', { name: 'Dismiss' }).click();
    await expect(ui.toast).toHaveCount(0);

    // Asleep from Monday 09:00 to Thursday 11:00.
    await host.moveClock('2026-11-26T16:00:00.000Z');
    await expect(ui.toast).toHaveCount(1);
    // Both were on screen: nothing waits in the Missed list.
    await ui.expectMissedCount(0);
  });

  test('days with no tab open leave one digest card, the newest, and Settings lists them all', async ({ page, host }) => {
    const ui = new RemindersUi(page);
    // Monday to Thursday at 09:00 (and the evenings' reflections), with no tab to show them.
    for (const day of ['23', '24', '25', '26']) {
      await host.moveClock(`2026-11-${day}T14:00:00.000Z`);
      await host.moveClock(`2026-11-${day}T22:30:00.000Z`);
    }
    await ui.open(host.current.url);
    await ui.expectMissedCount(2);
    await expect(ui.missed.getByRole('listitem')).toHaveCount(2);

    await ui.missed.getByRole('link', { name: 'All reminders' }).click();
    await page.getByText(/^Reminder history/).click();
    await expect(page.getByRole('list', { name: 'Reminder history' }).getByRole('listitem')).toHaveCount(8);
  });

  test('a reminder sent while no tab was open waits in the Missed list until opened or dismissed', async ({ page, host }) => {
    const ui = new RemindersUi(page);
    // Digest and reflection go out with no tab open: neither was seen.
    await host.moveClock('2026-11-23T14:00:00.000Z');
    await host.moveClock('2026-11-23T22:30:00.000Z');
    await ui.open(host.current.url);
    await ui.expectMissedCount(2);

    await ui.missedItem('5 people could use your time').getByRole('button', { name: /^Dismiss/ }).click();
    await ui.expectMissedCount(1);
    await expect(ui.missedItem('5 people could use your time')).toHaveCount(0);

    const reflection = ui.missed.getByRole('listitem').first();
    await reflection.getByRole('button', { name: /^Open/ }).click();
    await ui.expectMissedCount(0);
    // The reflection opens its own day (the same page as today's entry, on its day).
    await expect(page).toHaveURL(/#\/journal\/2026-11-23$/);
  });

  test('the sidebar badge shows how many people need attention as it changes', async ({ page, host }) => {
    const ui = new RemindersUi(page);
    await ui.open(host.current.url);
    // The count at the host's start went out before this tab listened: no badge until it changes.
    await expect(ui.badge).toHaveCount(0);

    host.setAttention({ ...TEAM, needingAttention: 3 });
    await host.moveClock('2026-11-23T12:10:00.000Z');
    await expect(ui.badge).toHaveText(/^3/);
    await expect(ui.frame.mainNav.getByRole('link', { name: 'Today 3 people need your attention' })).toBeVisible();

    host.setAttention({ ...TEAM, needingAttention: 0 });
    await host.moveClock('2026-11-23T12:20:00.000Z');
    await expect(ui.badge).toHaveCount(0);
  });

  test.describe('from a Friday night', () => {
    /** Friday 27 November, 21:00 in New York: quiet hours, then a weekend. */
    test.use({ reminders: { startAt: '2026-11-28T02:00:00.000Z', attention: TEAM } });

    test('nothing arrives at the weekend or in quiet hours; Monday 09:00 brings the one digest', async ({ page, host }) => {
      const ui = new RemindersUi(page);
      await ui.open(host.current.url);
      for (const at of [
        '2026-11-28T14:00:00.000Z', // Saturday 09:00
        '2026-11-28T23:00:00.000Z', // Saturday 18:00
        '2026-11-29T14:00:00.000Z', // Sunday 09:00
        '2026-11-30T02:00:00.000Z', // Sunday 21:00
        '2026-11-30T12:00:00.000Z', // Monday 07:00, quiet hours
      ]) {
        await host.moveClock(at);
      }
      await ui.expectMissedCount(0);
      await expect(ui.toast).toHaveCount(0);

      // The next thing to arrive is Monday's digest, and it is the only one on record.
      await host.moveClock('2026-11-30T14:00:00.000Z');
      await expect(ui.toast).toContainText('5 people could use your time');
      await expect(ui.toast).toHaveCount(1);
      await ui.expectMissedCount(0);
    });
  });
});
