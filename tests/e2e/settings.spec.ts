import type { Settings } from '../../src/shared/settings';
import { test, expect, type TestHost } from './fixtures';
import { SettingsPage } from './pages/settings-page';

async function stored(host: TestHost): Promise<Settings> {
  const result = await host.current.tend.dispatch('settings.get', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

test.describe('Settings', () => {
  test('General saves as it changes, says Saved, and a reload shows the saved values', async ({ page, host }) => {
    const settings = new SettingsPage(page);
    await settings.open(host.current.url);

    await settings.field('Week starts on').selectOption('Sunday');
    await expect(settings.saved(settings.general)).toBeVisible();
    await settings.enter('Default cadence', '14');
    await settings.enter('Default maximum', '30');
    await expect.poll(async () => (await stored(host)).defaultMaxDays).toBe(30);
    expect(await stored(host)).toMatchObject({ weekStart: 0, defaultCadenceDays: 14, defaultMaxDays: 30 });

    await page.reload();
    await expect(settings.field('Week starts on')).toHaveValue('0');
    await expect(settings.field('Default cadence')).toHaveValue('14');
    await expect(settings.field('Default maximum')).toHaveValue('30');
    // The week now starts on Sunday, so the workday toggles do too.
    await expect(settings.reminders.getByRole('checkbox').first()).toHaveAccessibleName('Sunday');
  });

  test('Reminders save as they change and a reload shows the saved values', async ({ page, host }) => {
    const settings = new SettingsPage(page);
    await settings.open(host.current.url);

    await settings.enter('Digest time', '08:30');
    await settings.enter('Reflection time', '18:00');
    await settings.enter('Quiet hours start', '21:00');
    await settings.enter('Quiet hours end', '07:00');
    await settings.workday('Friday').uncheck();
    await settings.workday('Saturday').check();
    // Either reminder can be switched off, not only retimed (issue 20, item 16).
    await settings.reminders.getByRole('switch', { name: 'Morning digest' }).uncheck();
    await settings.reminders.getByRole('switch', { name: 'End-of-day reflection' }).uncheck();
    await expect(settings.saved(settings.reminders)).toBeVisible();
    await expect.poll(async () => (await stored(host)).workdays).toEqual([1, 2, 3, 4, 6]);
    await expect.poll(async () => (await stored(host)).reflectionOn).toBe(false);
    expect(await stored(host)).toMatchObject({
      digestTime: '08:30',
      reflectionTime: '18:00',
      digestOn: false,
      reflectionOn: false,
      quietHours: { start: '21:00', end: '07:00' },
    });

    await page.reload();
    await expect(settings.field('Digest time')).toHaveValue('08:30');
    await expect(settings.field('Reflection time')).toHaveValue('18:00');
    await expect(settings.field('Quiet hours start')).toHaveValue('21:00');
    await expect(settings.field('Quiet hours end')).toHaveValue('07:00');
    await expect(settings.workday('Friday')).not.toBeChecked();
    await expect(settings.workday('Saturday')).toBeChecked();
    await expect(settings.reminders.getByRole('switch', { name: 'Morning digest' })).not.toBeChecked();
    await expect(settings.reminders.getByRole('switch', { name: 'End-of-day reflection' })).not.toBeChecked();
  });

  test('a bad time or number shows its sentence beside the field and saves nothing', async ({ page, host }) => {
    const settings = new SettingsPage(page);
    await settings.open(host.current.url);
    const before = await stored(host);

    await settings.enter('Digest time', '');
    await expect(settings.errorOf('Digest time')).toHaveText('Digest time must be a time like 09:00 (24-hour, HH:mm).');
    await expect(settings.field('Digest time')).toHaveAttribute('aria-invalid', 'true');
    await settings.enter('Default cadence', '0');
    await expect(settings.errorOf('Default cadence')).toHaveText('Default cadence must be at least 1 day.');
    await settings.enter('Default cadence', '7');
    await settings.enter('Default maximum', '3');
    await expect(settings.errorOf('Default maximum')).toHaveText('The default maximum must be at least the default cadence.');

    expect(await stored(host)).toEqual(before);
  });

  test('no workday at all, or a pause ending in the past, is refused and saves nothing', async ({ page, host }) => {
    // Monday is the only workday, so turning it off is the refused change.
    await host.current.tend.dispatch('settings.set', { workdays: [1] });
    const settings = new SettingsPage(page);
    await settings.open(host.current.url);
    const before = await stored(host);

    await settings.workday('Monday').uncheck();
    await expect(settings.reminders.getByText('Choose at least one workday.')).toBeVisible();
    await settings.reminders.getByRole('button', { name: 'A date…' }).click();
    await settings.field('Remind me again from').fill('2026-11-20');
    await settings.reminders.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(settings.reminders.getByText('Choose a day after today.')).toBeVisible();

    expect(await stored(host)).toEqual(before);
    await page.reload();
    await expect(settings.workday('Monday')).toBeChecked();
    await expect(settings.reminders.getByText('Do not remind me until…')).toBeVisible();
  });

  test('Dark applies at once and after a reload; System follows the computer', async ({ page, host }) => {
    const settings = new SettingsPage(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await settings.open(host.current.url);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();

    await settings.theme('Dark').check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).not.toBe(light);
    await expect(settings.saved(settings.general)).toBeVisible();
    expect((await stored(host)).theme).toBe('dark');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(settings.theme('Dark')).toBeChecked();

    await settings.theme('System').check();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await background()).toBe(light);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
  });

  test('pause for an hour and resume; a test reminder says it was shown; desktop-only settings are explained', async ({ page, host }) => {
    const settings = new SettingsPage(page);
    await settings.open(host.current.url);

    await settings.reminders.getByRole('button', { name: 'In 1 hour' }).click();
    await expect(settings.reminders.getByText('Reminders are paused until 23 Nov 2026, 10:00 AM.')).toBeVisible();
    expect((await stored(host)).pauseUntil).toBe('2026-11-23T15:00:00.000Z');
    await settings.reminders.getByRole('button', { name: 'Resume' }).click();
    await expect(settings.reminders.getByText('Do not remind me until…')).toBeVisible();
    expect((await stored(host)).pauseUntil).toBeNull();

    await settings.reminders.getByRole('button', { name: 'Send a test reminder' }).click();
    await expect(settings.reminders.getByText('Shown: a test reminder is on your screen now.')).toBeVisible();
    await expect(settings.frame.toast).toContainText('Reminders from Tend will look like this');

    await expect(settings.reminders.getByText('Keeping Tend in the tray and opening it at login apply to the desktop app.')).toBeVisible();
    // Only the digest's and the reflection's switches: no tray or login switch in the browser.
    await expect(settings.reminders.getByRole('switch', { name: /tray|log in/ })).toHaveCount(0);
    await expect(settings.reminders.getByText('In the browser, reminders appear inside Tend while a Tend tab is open.')).toBeVisible();
  });
});
