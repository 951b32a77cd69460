import { test, expect, type TestHost } from './fixtures';
import { AppFrame } from './pages/app-frame';
import { Palette } from './pages/palette';

async function sampleTeam(host: TestHost): Promise<void> {
  const loaded = await host.current.tend.dispatch('sample.load', {});
  if (!loaded.ok) throw new Error(loaded.error.message);
}

async function idOf(host: TestHost, name: string): Promise<string> {
  const listed = await host.current.tend.dispatch('people.list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  const found = listed.value.find((person) => person.name === name);
  if (!found) throw new Error(`no ${name} in the sample team`);
  return found.id;
}

test.describe('The Ctrl/Cmd+K palette, by keyboard only', () => {
  test('from Today: a name typed surname first and without accents opens that person', async ({ page, host }) => {
    await sampleTeam(host);
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/today`);
    const palette = new Palette(page);
    await palette.open();
    await palette.type('garcia, ines');
    await expect(palette.group('People').getByRole('option')).toHaveText(['Ines García Engineer']);
    await expect(palette.highlighted).toHaveText('Ines García Engineer');
    await expect(palette.field).toHaveAttribute('aria-activedescendant', (await palette.highlighted.getAttribute('id')) ?? '');
    await page.keyboard.press('Enter');
    await expect(palette.dialog).toBeHidden();
    await expect(frame.pageHeading).toHaveText('Ines García');
    await expect(frame.pageHeading).toBeFocused();
  });

  test('from a person page: "log lopez" logs time for Diego in the quick log', async ({ page, host }) => {
    await sampleTeam(host);
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/people/${await idOf(host, 'Priya Raman')}`);
    const palette = new Palette(page);
    await palette.open();
    await palette.type('log lopez');
    await expect(palette.highlighted).toHaveText('Log time for Diego');
    await page.keyboard.press('Enter');
    const quickLog = page.getByRole('dialog', { name: 'Log time' });
    await expect(quickLog.getByTestId('quick-log-input')).toBeFocused();
    await expect(quickLog.getByTestId('quick-log-input')).toHaveValue('@Diego ');
  });

  test('from Settings: ↓ moves to "Prep for Sammy" and Enter opens his sheet', async ({ page, host }) => {
    await sampleTeam(host);
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/settings`);
    const palette = new Palette(page);
    await palette.open();
    await palette.type('sammy');
    await expect(palette.options).toHaveText(['Sam Okafor Product Designer', 'Log time for Sammy', 'Prep for Sammy', 'Search for “sammy”']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(palette.highlighted).toHaveText('Prep for Sammy');
    // ↑ from the top wraps to the bottom, and back.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(palette.highlighted).toHaveText('Search for “sammy”');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(palette.highlighted).toHaveText('Prep for Sammy');
    await page.keyboard.press('Enter');
    await expect(frame.pageHeading).toHaveText('Sam Okafor');
    await expect(page).toHaveURL(/#\/prep\//);
  });

  test('Esc closes it and gives focus back; Tab cannot leave it; Ctrl+K again closes it', async ({ page, host }) => {
    await sampleTeam(host);
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/journal`);
    const settingsLink = page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Settings' });
    await settingsLink.focus();
    const palette = new Palette(page);
    await palette.open();
    await page.keyboard.press('Tab');
    await expect(palette.field).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(palette.field).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(palette.dialog).toBeHidden();
    await expect(settingsLink).toBeFocused();
    await palette.open();
    await palette.type('kofi');
    await page.keyboard.press('Control+k');
    await expect(palette.dialog).toBeHidden();
    await expect(settingsLink).toBeFocused();
    // Opened again, it starts afresh.
    await palette.open();
    await expect(palette.field).toHaveValue('');
    await expect(palette.group('Actions').getByRole('option').first()).toHaveText('Today');
  });

  test('opens over the page without making it modal (which restyles every element behind it); a click beside it closes it', async ({ page, host }) => {
    await sampleTeam(host);
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/today`);
    const settingsLink = page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Settings' });
    await settingsLink.focus();
    const palette = new Palette(page);
    await palette.open();
    await expect(palette.dialog).toHaveAttribute('aria-modal', 'true');
    expect(await page.evaluate(() => document.querySelector(':modal'))).toBeNull();
    // Beside the palette: the backdrop takes the click, not the page under it.
    await page.mouse.click(20, 780);
    await expect(palette.dialog).toBeHidden();
    await expect(page).toHaveURL(/#\/today$/);
    await expect(settingsLink).toBeFocused();
  });

  test('Journal, Today and Settings are actions too', async ({ page, host }) => {
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/today`);
    const palette = new Palette(page);
    for (const [typed, heading] of [['jour', 'Journal'], ['sett', 'Settings'], ['today', /^Good /]] as const) {
      await palette.open();
      await palette.type(typed);
      await page.keyboard.press('Enter');
      await expect(frame.pageHeading).toHaveText(heading);
    }
  });

});

test.describe('The palette’s text results', () => {
  test('words typed find what was written, highlighted, after people and actions; Enter opens it', async ({ page, host }) => {
    const { dispatch } = host.current.tend;
    const saved = await dispatch('people.save', { name: 'Zoë Åberg' });
    if (!saved.ok) throw new Error(saved.error.message);
    await dispatch('notes.save', { personId: saved.value.id, body: 'Talked through the promotion case for next cycle.', notedOn: '2026-11-20' });
    await dispatch('people.save', { name: 'Priya Raman' });
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/people`);
    const palette = new Palette(page);
    await palette.open();
    await palette.type('promo');
    const text = palette.group('In your notes');
    await expect(text.getByRole('option')).toHaveCount(1);
    await expect(text.getByRole('option')).toContainText('Note · Zoë Åberg');
    await expect(text.locator('mark')).toHaveText(/^promo/i);
    // After the "Search for" action, the last of the actions.
    await expect(palette.options.last()).toContainText('promotion case');
    await page.keyboard.press('ArrowUp');
    await expect(palette.highlighted).toContainText('promotion case');
    await page.keyboard.press('Enter');
    await expect(frame.pageHeading).toHaveText('Zoë Åberg');
  });

  test('"Search for" takes the words to the Search view', async ({ page, host }) => {
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/today`);
    const palette = new Palette(page);
    await palette.open();
    await palette.type('conference budget');
    await expect(palette.group('Actions').getByRole('option')).toHaveText(['Search for “conference budget”']);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/search\/conference%20budget$/);
  });

  test('Ctrl+F on a person page finds in what was written about them, not the rest', async ({ page, host }) => {
    const { dispatch } = host.current.tend;
    const sam = await dispatch('people.save', { name: 'Sam Rivera' });
    const priya = await dispatch('people.save', { name: 'Priya Raman' });
    if (!sam.ok || !priya.ok) throw new Error('people not saved');
    await dispatch('notes.save', { personId: sam.value.id, body: 'Asked about the offsite budget.', notedOn: '2026-11-02' });
    await dispatch('notes.save', { personId: priya.value.id, body: 'Offsite planning is hers.', notedOn: '2026-11-03' });
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/people/${sam.value.id}`);
    await page.keyboard.press('Control+f');
    const palette = new Palette(page);
    await expect(palette.field).toBeFocused();
    await expect(palette.field).toHaveValue('person:"Sam Rivera" ');
    await palette.type('offsite');
    const text = palette.group('In your notes').getByRole('option');
    await expect(text).toHaveCount(1);
    await expect(text).toContainText('Asked about the offsite budget.');
  });
});
