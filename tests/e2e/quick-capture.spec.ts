import type { Page } from '@playwright/test';
import type { TimelineItem } from '../../src/shared/timeline';
import { expectNoViolationsLightAndDark } from './axe';
import { test, expect, type TestHost } from './fixtures';

/**
 * Quick capture (issue 23) as the web host serves it: the same view the desktop app's capture
 * window shows, at `#/capture`. The desktop window itself is tested against the fake of electron
 * (tests/integration/electron/quick-capture.test.ts).
 */

async function addPerson(host: TestHost, name: string): Promise<string> {
  const saved = await host.current.tend.dispatch('people.save', { name });
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value.id;
}

async function notesOf(host: TestHost, personId: string): Promise<string[]> {
  const page = await host.current.tend.dispatch('timeline.page', { personId });
  if (!page.ok) throw new Error(page.error.message);
  return page.value.items.flatMap((item: TimelineItem) => (item.type === 'note' ? [item.note.body] : []));
}

async function openCapture(page: Page, host: TestHost): Promise<void> {
  await page.goto(`${host.current.url}#/capture`);
  await expect(page.getByRole('heading', { level: 1, name: 'Quick capture' })).toBeVisible();
  await expect(page.getByLabel('Quick log')).toBeFocused();
}

test.describe('Quick capture', () => {
  test('a person picked and a note typed: Enter saves the note on them', async ({ page, host }) => {
    const sam = await addPerson(host, 'Sam Okafor');
    await addPerson(host, 'Priya Raman');
    await openCapture(page, host);

    await page.getByLabel('Person').selectOption({ label: 'Sam Okafor' });
    const line = page.getByLabel('Quick log');
    await expect(line).toHaveValue('@"Sam Okafor" ');
    await expect(line).toBeFocused();
    await line.press('End');
    await line.pressSequentially(': noticed she stayed late for the launch');
    const chips = page.getByRole('list', { name: 'What Enter will save' });
    await expect(chips).toContainText('Sam Okafor');
    await expect(chips).toContainText('Note');

    await line.press('Enter');
    await expect(page.getByTestId('toaster')).toContainText('Noted on Sam Okafor.');
    await expect(line).toHaveValue('');
    expect(await notesOf(host, sam)).toEqual(['noticed she stayed late for the launch']);
  });

  test('Esc keeps the line: it is there after a reload, and nothing was saved', async ({ page, host }) => {
    const sam = await addPerson(host, 'Sam Okafor');
    await openCapture(page, host);
    const line = page.getByLabel('Quick log');
    await line.fill('@Sam: half a thought about the launch');
    await line.press('Escape');

    await page.reload();
    await expect(page.getByLabel('Quick log')).toHaveValue('@Sam: half a thought about the launch');
    expect(await notesOf(host, sam)).toEqual([]);
  });

  test('Settings opens it in a small window, which Enter saves and closes', async ({ page, host }) => {
    const sam = await addPerson(host, 'Sam Okafor');
    await page.goto(`${host.current.url}#/settings`);
    const opened = page.waitForEvent('popup');
    await page.getByRole('link', { name: 'quick capture in a small window' }).click();
    const popup = await opened;
    const line = popup.getByLabel('Quick log');
    await expect(line).toBeFocused();
    await line.fill('@Sam 30m coaching: the promo case');
    await expect(popup.getByRole('list', { name: 'What Enter will save' })).toContainText('30 min');
    const closed = popup.waitForEvent('close');
    // Enter saves and closes the window, which can be gone before Playwright hears its key went in.
    await Promise.all([
      closed,
      line.press('Enter').catch((error: Error) => {
        if (!/has been closed/.test(error.message)) throw error;
      }),
    ]);
    const profile = await host.current.tend.dispatch('people.profile', { id: sam });
    expect(profile.ok && profile.value.invested.monthMinutes).toBe(30);
  });

  test('axe finds nothing on the capture view, light and dark', async ({ page, host }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openCapture(page, host);
    // With no team yet it says where people are added, and stops saying so once someone is.
    const noTeam = page.getByRole('status').filter({ hasText: 'No one on your team yet' });
    await expect(noTeam).toBeVisible();
    await addPerson(host, 'Sam Okafor');
    await expect(noTeam).toHaveCount(0);
    await page.getByLabel('Quick log').fill('@Sam: stayed late');
    await expect(page.getByRole('list', { name: 'What Enter will save' })).toBeVisible();
    await expectNoViolationsLightAndDark(page, 'the capture view');
  });
});
