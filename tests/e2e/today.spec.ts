import { expect, test } from './fixtures';
import { TodayPage } from './pages/today-page';

test.describe('Today', () => {
  test('a new user is offered both ways to start', async ({ page, host }) => {
    const today = new TodayPage(page);
    await today.open(host.current.url);
    await expect(today.addFirstPerson).toBeVisible();
    await expect(today.loadSample).toBeVisible();
  });

  test('the sample team appears in attention order, and one quick-log line moves its most overdue person down', async ({
    page,
    host,
  }) => {
    const today = new TodayPage(page);
    await today.open(host.current.url);
    await today.loadSample.click();
    await expect(today.sampleBanner).toContainText('This is a sample team');

    const summary = await host.current.tend.dispatch('attention.summary', {});
    if (!summary.ok) throw new Error(summary.error.message);
    const order = summary.value.people.map((person) => person.name);
    await expect(today.names).toHaveText(order);

    const first = summary.value.people[0]!;
    await today.log(`@${first.name.split(' ')[0]} 30m coaching`);
    await expect(today.frame.toast).toContainText(`Logged 30 min coaching with`);
    await expect(today.names.first()).not.toHaveText(first.name);
    const after = await host.current.tend.dispatch('attention.summary', {});
    if (!after.ok) throw new Error(after.error.message);
    await expect(today.names).toHaveText(after.value.people.map((person) => person.name));
  });

  test('a team longer than a screen is drawn a screenful first and then whole, in need order, on Today, People and in the sidebar', async ({
    page,
    host,
  }) => {
    const dispatch = host.current.tend.dispatch;
    for (let i = 1; i <= 45; i++) {
      const saved = await dispatch('people.save', { name: `Member ${String(i).padStart(2, '0')}` });
      if (!saved.ok) throw new Error(saved.error.message);
      // All added today, so on rhythm (issue 20, item 7); some paused, so the later group begins past the first screenful.
      if (i % 3 === 0) await dispatch('investments.log', { personId: saved.value.id, minutes: 30 });
      if (i % 5 === 0) await dispatch('attention.snooze', { personId: saved.value.id, until: '2026-11-30' });
    }
    const summary = await dispatch('attention.summary', {});
    if (!summary.ok) throw new Error(summary.error.message);
    // How many rows each list had when its first row appeared: that is what the first paint draws.
    await page.addInitScript(() => {
      const first: Record<string, number> = {};
      (window as unknown as { firstRows: Record<string, number> }).firstRows = first;
      new MutationObserver(() => {
        for (const [list, selector] of [['today', '[data-testid="today-row"]'], ['sidebar', '.team-list li']] as const) {
          const count = document.querySelectorAll(selector).length;
          if (first[list] === undefined && count > 0) first[list] = count;
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const today = new TodayPage(page);
    await today.open(host.current.url);
    await expect(today.names).toHaveText(summary.value.people.map((person) => person.name));
    expect(await page.evaluate(() => (window as unknown as { firstRows: Record<string, number> }).firstRows)).toEqual({ today: 24, sidebar: 24 });
    await expect(today.frame.content.locator('[data-group] h3 .count')).toHaveText(['36', '9']);
    await expect(today.frame.teamNav.getByRole('link')).toHaveCount(45);
    await today.frame.goTo('People');
    await expect(today.frame.content.getByRole('list', { name: 'Your team' }).getByRole('listitem')).toHaveCount(45);
  });

  test('Ctrl+L from People opens the quick log in a dialog', async ({ page, host }) => {
    const today = new TodayPage(page);
    await today.open(host.current.url);
    await today.frame.goTo('People');
    await page.keyboard.press('Control+l');
    await expect(today.quickLogDialog).toBeVisible();
    await expect(today.quickLogDialog.getByRole('textbox', { name: 'Quick log' })).toBeFocused();
  });
});
