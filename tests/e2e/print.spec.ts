import { test, expect } from './fixtures';
import { AppFrame } from './pages/app-frame';
import type { Page } from '@playwright/test';
import type { TestHost } from './fixtures';

/** Pages in a PDF that Chromium wrote: its page objects are plain text (the page tree's `/Type /Pages` is not one). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function seedLongProfile(host: TestHost): Promise<string> {
  const { tend } = host.current;
  const saved = await tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam', role: 'Staff engineer' });
  if (!saved.ok) throw new Error(saved.error.message);
  const id = saved.value.id;
  const long = 'Said it plainly, with the context that made it land: the launch, the on-call rota and the hiring loop all weigh on the same two weeks. ';
  for (let i = 1; i <= 18; i++) {
    await tend.dispatch('notes.save', { personId: id, body: `Note ${i}. ${long}`, notedOn: `2026-11-${String(i).padStart(2, '0')}` });
    await tend.dispatch('matters.save', { personId: id, what: `What matters ${i}`, why: long });
  }
  for (let i = 1; i <= 8; i++) {
    await tend.dispatch('commitments.save', { personId: id, text: `Promise ${i}: ${long}` });
    await tend.dispatch('talkingPoints.save', { personId: id, text: `Talking point ${i}` });
    await tend.dispatch('goals.save', { personId: id, kind: 'goal', sphere: 'professional', title: `Goal ${i}`, detail: long });
  }
  return id;
}

/** Whether any box around `selector` would clip it when printed: a fixed height with hidden overflow. */
async function clippedAncestors(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((element) => {
    const clipped: string[] = [];
    for (let node = element.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.overflowY !== 'visible' && node.scrollHeight > node.clientHeight + 1) clipped.push(node.tagName.toLowerCase() + (node.id ? `#${node.id}` : ''));
    }
    return clipped;
  });
}

test.describe('Printing', () => {
  test('the printed prep sheet of a person with a long profile has every section, over as many pages as it needs', async ({ page, host }) => {
    test.setTimeout(45_000);
    const id = await seedLongProfile(host);
    await new AppFrame(page).open(`${host.current.url}#/prep/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Samuel Okafor' })).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    // Nothing around the sheet cuts it to the window: the whole article is laid out for paper.
    expect(await clippedAncestors(page, 'article.prep')).toEqual([]);
    // Each heading says how many items its section holds, after its title.
    const headings = (await page.locator('article.prep h2').allTextContents()).map((text) => text.replace(/\s*\d+\s*$/, '').trim());
    expect(headings).toEqual(['Since last time', 'Follow through', 'Talking points', 'Goals & challenges', 'What matters', 'Upcoming dates', 'A year ago', 'Questions to consider']);
    const sheetHeight = await page.locator('article.prep').evaluate((element) => element.getBoundingClientRect().height);
    // The running head names the person and the day on every page.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-running-head'))).toBe(
      '"Samuel Okafor · 1:1 prep for 23 Nov"',
    );
    const pdf = await page.pdf({ format: 'A4' });
    // An A4 page holds about 990 CSS px inside the print margins; the sheet needs at least that many pages.
    expect(sheetHeight).toBeGreaterThan(3000);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(Math.floor(sheetHeight / 1000));
  });
});

test('the printed evidence pack carries its running head and only the sections left ticked', async ({ page, host }) => {
  const { tend } = host.current;
  const saved = await tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam' });
  if (!saved.ok) throw new Error(saved.error.message);
  await tend.dispatch('notes.save', { personId: saved.value.id, kind: 'feedback_praise', body: 'Ran a calm incident call.', notedOn: '2026-10-14' });
  await new AppFrame(page).open(`${host.current.url}#/people/${saved.value.id}/evidence`);
  await page.getByRole('checkbox', { name: 'What matters to Sam' }).uncheck();

  await page.emulateMedia({ media: 'print' });
  expect(await clippedAncestors(page, 'article.evidence')).toEqual([]);
  await expect(page.locator('article.evidence h2')).toHaveText([
    'Praise and constructive feedback',
    'Recognition given',
    'Goals achieved and progress',
    'Commitments kept',
    'Time invested',
    'From my journal',
  ]);
  // The controls are for the screen only.
  await expect(page.getByRole('form', { name: 'What to include' })).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-running-head'))).toBe(
    '"Samuel Okafor · Evidence for a review · 23 May 2026 – 23 Nov 2026"',
  );
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThanOrEqual(1);
});
