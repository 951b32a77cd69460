import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { AppFrame } from './pages/app-frame';

test.describe('One-on-one prep', () => {
  test('the sheet shows what was seeded; the 1:1 mode finishes once and carries what was not ticked', async ({ page, host }) => {
    const { tend } = host.current;
    const saved = await tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam' });
    if (!saved.ok) throw new Error(saved.error.message);
    const sam = saved.value;
    const budget = await tend.dispatch('talkingPoints.save', { personId: sam.id, text: 'Conference budget' });
    const rota = await tend.dispatch('talkingPoints.save', { personId: sam.id, text: 'On-call rota' });
    if (!budget.ok || !rota.ok) throw new Error('talking points not saved');
    await tend.dispatch('commitments.save', { personId: sam.id, text: 'Send the promotion doc' });
    await tend.dispatch('matters.save', { personId: sam.id, what: 'Being home for bedtime', why: 'Kids are 4 and 8' });
    await tend.dispatch('notes.save', { personId: sam.id, body: 'Seemed tired after the launch.', notedOn: '2026-11-20' });

    await new AppFrame(page).open(`${host.current.url}#/prep/${sam.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Samuel Okafor' })).toBeVisible();
    const section = (name: string) => page.locator('section', { has: page.getByRole('heading', { level: 2, name }) });
    await expect(section('Since last time')).toContainText('No 1:1 logged yet');
    await expect(section('Since last time')).toContainText('Seemed tired after the launch.');
    await expect(section('Follow through')).toContainText('Send the promotion doc');
    await expect(section('Talking points')).toContainText('Conference budget');
    await expect(section('What matters')).toContainText('Being home for bedtime — Kids are 4 and 8');
    for (const name of ['Goals & challenges', 'Upcoming dates', 'A year ago', 'Questions to consider']) await expect(section(name)).toBeVisible();

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: test.info().outputPath('prep-sheet.png') });
    await page.emulateMedia({ media: 'print' });
    // On paper: no fold chevrons, and "This week" reads as the line it sits in, not as a link.
    await expect(section('Talking points').locator('.chevron')).toBeHidden();
    const thisWeek = page.getByRole('link', { name: 'This week' });
    const eyebrowColor = await thisWeek.evaluate((a) => getComputedStyle(a.parentElement!).color);
    expect(await thisWeek.evaluate((a) => [getComputedStyle(a).color, getComputedStyle(a).textDecorationLine])).toEqual([eyebrowColor, 'none']);
    const pdf = await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(2);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as Markdown' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('prep-samuel-okafor-2026-11-23.md');
    const markdown = await readFile(await file.path(), 'utf8');
    expect(markdown).toContain('Conference budget');
    expect(markdown).toContain('Send the promotion doc');

    await page.getByRole('button', { name: 'Start 1:1' }).click();
    await page.getByLabel('Notes', { exact: true }).fill('Agreed on the budget.');
    await page.getByRole('checkbox', { name: 'Conference budget' }).check();
    await page.getByLabel('Commitment', { exact: true }).fill('Ask finance about travel');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect(page.getByLabel('Minutes invested')).toHaveValue('30');
    await page.getByLabel('Minutes invested').fill('30');
    await page.getByRole('button', { name: 'Log the 1:1' }).click();
    await expect(page.getByRole('status').filter({ hasText: '30 min invested' })).toBeVisible();
    await expect(section('Since last time')).toContainText('Last 1:1 today');

    const sheet = await tend.dispatch('prep.forPerson', { personId: sam.id });
    if (!sheet.ok) throw new Error(sheet.error.message);
    expect(sheet.value.sinceLastTime.investments.map((item) => item.minutes)).toEqual([30]);
    expect(sheet.value.sinceLastTime.notes.map((note) => note.body)).toContain('Agreed on the budget.');
    expect(sheet.value.talkingPoints.map((point) => point.text)).toEqual(['On-call rota']);
    expect(sheet.value.followThrough.mine.map((item) => item.text).sort()).toEqual(['Ask finance about travel', 'Send the promotion doc']);
    await expect(section('Talking points')).toContainText('On-call rota');
    await expect(section('Talking points')).not.toContainText('Conference budget');
  });

  test('presenting blurs what was written on the sheet, not its heading line or its “nothing here” lines', async ({ page, host }) => {
    const saved = await host.current.tend.dispatch('people.save', { name: 'Kofi Mensah', role: 'Night-shift lead' });
    if (!saved.ok) throw new Error(saved.error.message);
    await new AppFrame(page).open(`${host.current.url}#/prep/${saved.value.id}`);
    await page.getByRole('button', { name: 'Present' }).click();
    await page.mouse.move(0, 0);
    await expect(page.getByText('No talking points queued — add one from Kofi’s page.')).toHaveCSS('filter', 'none');
    await expect(page.getByText('1:1 prep for Monday 23 November')).toHaveCSS('filter', 'none');
    await expect(page.getByText('Night-shift lead', { exact: true })).toHaveCSS('filter', /blur/);
  });
});
