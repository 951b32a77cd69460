import { test, expect } from './fixtures';
import { AppFrame } from './pages/app-frame';

test.describe('Keyboard: Prep and the shortcuts overlay', () => {
  test('J/K work as soon as Prep has arrived: focus starts on the first person and moves with them', async ({ page, host }) => {
    const loaded = await host.current.tend.dispatch('sample.load', {});
    if (!loaded.ok) throw new Error(loaded.error.message);
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/today`);
    // Arrive as a keyboard user does: through the sidebar link.
    await frame.mainNav.getByRole('link', { name: 'Prep' }).focus();
    await page.keyboard.press('Enter');
    await expect(frame.pageHeading).toHaveText('This week’s 1:1s');
    const rows = page.getByRole('list', { name: 'Due this week, in order of need' }).getByRole('button');
    const first = (await rows.nth(0).locator('.name').textContent()) ?? '';
    const second = (await rows.nth(1).locator('.name').textContent()) ?? '';
    await expect(rows.nth(0)).toBeFocused();
    await expect(rows.nth(0)).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('region', { name: `${first}’s prep sheet` })).toBeVisible();

    await page.keyboard.press('j');
    await expect(rows.nth(1)).toBeFocused();
    await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
    const sheet = page.getByRole('region', { name: `${second}’s prep sheet` });
    await expect(sheet.getByRole('heading', { level: 1, name: second })).toBeVisible();

    // Enter on the chosen row moves on to reading its sheet; J still walks on from there.
    await page.keyboard.press('Enter');
    await expect(sheet).toBeFocused();
    await page.keyboard.press('k');
    await expect(rows.nth(0)).toBeFocused();
    await page.keyboard.press('k');
    await expect(rows.nth(0)).toHaveAttribute('aria-current', 'true');
  });

  test('? lists every shortcut of the app, and Esc closes it', async ({ page, host }) => {
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/people`);
    await page.keyboard.press('?');
    const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(overlay).toBeVisible();
    // The overlay is drawn from the table itself (its unit test checks every entry is listed); here, that it shows it.
    const row = (id: string) => overlay.locator(`[data-shortcut="${id}"]`);
    await expect(row('palette')).toHaveText(/Ctrl\+K\s*Find a person, an action or anything you wrote/);
    await expect(row('presenting')).toContainText('Ctrl+Shift+P');
    await expect(row('prep-next')).toContainText('Next person’s prep sheet');
    await expect(row('today-move')).toHaveText(/↓\s*or\s*↑\s*Move through your team/);
    await expect(row('person-note')).toContainText('N');
    await expect(overlay.getByRole('heading', { level: 3 })).toHaveText(['Anywhere', 'Find anything', 'Today', 'Prep', 'People', 'A person’s page', 'Journal', 'Forms and dialogs']);
    await page.keyboard.press('Escape');
    await expect(overlay).toBeHidden();
    // A `?` typed into a field is text.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('?');
    await expect(page.getByRole('dialog', { name: 'Find' }).getByRole('combobox')).toHaveValue('?');
    await expect(overlay).toBeHidden();
  });

  test('the palette offers the overlay, and tooltips read the same table', async ({ page, host }) => {
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/today`);
    await expect(frame.mainNav.getByRole('link', { name: 'Journal' })).toHaveAttribute('title', 'Journal (Ctrl+J)');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('keyboard');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  });
});
