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

  test('Ctrl+L from People opens the quick log in a dialog', async ({ page, host }) => {
    const today = new TodayPage(page);
    await today.open(host.current.url);
    await today.frame.goTo('People');
    await page.keyboard.press('Control+l');
    await expect(today.quickLogDialog).toBeVisible();
    await expect(today.quickLogDialog.getByRole('textbox', { name: 'Quick log' })).toBeFocused();
  });
});
