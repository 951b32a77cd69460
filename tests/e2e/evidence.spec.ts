import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, type TestHost } from './fixtures';
import { AppFrame } from './pages/app-frame';
import { expectNoViolations } from './axe';

/** Sam with a praise note, a commitment he kept and a journal line; Priya with the same kinds of records. */
async function seedTwo(host: TestHost): Promise<{ samId: string; priyaId: string }> {
  const { dispatch } = host.current.tend;
  const ok = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const sam = ok(await dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam', role: 'Staff engineer' }));
  const priya = ok(await dispatch('people.save', { name: 'Priya Raman' }));
  ok(await dispatch('notes.save', { personId: sam.id, kind: 'feedback_praise', body: 'Ran a calm, clear incident call.', notedOn: '2026-10-14' }));
  ok(await dispatch('notes.save', { personId: priya.id, kind: 'feedback_praise', body: 'Priya mentored the new hire.', notedOn: '2026-10-15' }));
  const rubric = ok(await dispatch('commitments.save', { personId: sam.id, text: 'Send Sam the senior rubric', owner: 'me' }));
  ok(await dispatch('commitments.complete', { id: rubric.id, day: '2026-11-23' }));
  const other = ok(await dispatch('commitments.save', { personId: priya.id, text: 'Book Priya’s conference', owner: 'me' }));
  ok(await dispatch('commitments.complete', { id: other.id, day: '2026-11-23' }));
  ok(await dispatch('journal.save', { day: '2026-11-02', body: 'Good talk with @Sam about the launch.\nLunch with @Priya Raman.', revision: 1 }));
  return { samId: sam.id, priyaId: priya.id };
}

const section = (page: Page, name: string) => page.locator('section', { has: page.getByRole('heading', { level: 2, name }) });

test.describe('The evidence pack', () => {
  test('holds a praise note and a kept commitment with their dates, none of another person’s, and exports the chosen sections', async ({ page, host }) => {
    test.setTimeout(45_000);
    const { samId } = await seedTwo(host);
    await new AppFrame(page).open(`${host.current.url}#/people/${samId}`);
    await page.getByRole('link', { name: 'Evidence for a review' }).click();
    await expect(page).toHaveURL(new RegExp(`#/people/${samId}/evidence$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evidence for a review: Samuel Okafor');
    await expect(page.getByText('Staff engineer · 23 May 2026 – 23 Nov 2026', { exact: true })).toBeVisible();

    const feedback = section(page, 'Praise and constructive feedback');
    await expect(feedback.getByRole('listitem')).toHaveText(['14 Oct 2026 · note, praise Ran a calm, clear incident call.']);
    const kept = section(page, 'Commitments kept');
    await expect(kept.getByRole('listitem')).toHaveText([/^23 Nov 2026 · commitment kept · made 23 Nov 2026 · no due day\s*Send Sam the senior rubric$/]);
    await expect(section(page, 'From my journal').getByRole('listitem')).toHaveText(['2 Nov 2026 · journal Good talk with Sam about the launch.']);
    await expect(page.getByRole('main')).not.toContainText('Priya');

    // Presenting mode blurs the leader's words, as everywhere else.
    await page.getByRole('button', { name: /^Present/ }).click();
    // Each item's words are blurred; its day and source are the app's and stay readable.
    await expect(feedback.getByRole('listitem').first().locator('.private')).toHaveCSS('filter', /blur/);
    await expect(feedback.getByRole('listitem').first()).toHaveCSS('filter', 'none');
    await page.getByRole('button', { name: /^Present/ }).click();

    // A section left out is left out of the page and of the Markdown.
    await page.getByRole('checkbox', { name: 'From my journal' }).uncheck();
    await expect(section(page, 'From my journal')).toHaveCount(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as Markdown' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('evidence-samuel-okafor-2026-05-23-to-2026-11-23.md');
    const markdown = await readFile(await file.path(), 'utf8');
    expect(markdown).toContain('- 14 Oct 2026 (note, praise): Ran a calm, clear incident call.');
    expect(markdown).toContain('- kept 23 Nov 2026 · made 23 Nov 2026 · no due day (commitment): Send Sam the senior rubric');
    expect(markdown).not.toContain('## From my journal');
    expect(markdown).not.toContain('Priya');

    // A shorter period leaves out what came before it.
    await page.getByLabel('From', { exact: true }).fill('2026-11-01');
    await page.getByLabel('From', { exact: true }).dispatchEvent('change');
    await expect(page.getByRole('main')).toContainText('1 Nov 2026 – 23 Nov 2026');
    await expect(feedback.getByRole('listitem')).toHaveCount(0);
    await expect(feedback).toContainText('No praise noted in this period.');

    // Presenting blurs only what was written: the period's boxes and the app's own "none" lines stay readable.
    await page.getByRole('button', { name: /^Present/ }).click();
    await page.mouse.move(0, 0);
    await expect(kept.getByRole('listitem').first().locator('.private')).toHaveCSS('filter', /blur/);
    await expect(page.getByLabel('From', { exact: true })).toHaveCSS('filter', 'none');
    await expect(page.getByLabel('To', { exact: true })).toHaveCSS('filter', 'none');
    await expect(feedback.getByText('No praise noted in this period.')).toHaveCSS('filter', 'none');
    await expect(page.getByText('1 Nov 2026 – 23 Nov 2026')).toHaveCSS('filter', 'none');
    await expect(page.getByText('Staff engineer', { exact: true })).toHaveCSS('filter', /blur/);
    await page.getByRole('button', { name: /^Present/ }).click();

    // Opened from the person page, its back link goes back there.
    await page.getByRole('main').getByRole('link', { name: 'Samuel Okafor' }).click();
    await expect(page).toHaveURL(new RegExp(`#/people/${samId}$`));
  });

  for (const [name, seeded] of [
    ['with records', true],
    ['empty', false],
  ] as const) {
    test(`no accessibility violations, ${name}, light and dark`, async ({ page, host }) => {
      test.slow();
      let id: string;
      if (seeded) id = (await seedTwo(host)).samId;
      else {
        const saved = await host.current.tend.dispatch('people.save', { name: 'Kofi Mensah' });
        if (!saved.ok) throw new Error(saved.error.message);
        id = saved.value.id;
      }
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await new AppFrame(page).open(`${host.current.url}#/people/${id}/evidence`);
        await expect(page.getByRole('heading', { level: 2, name: 'Time invested' })).toBeVisible();
        await expectNoViolations(page, `the evidence pack, ${colorScheme}`, colorScheme === 'dark' ? 'colours' : 'all');
      }
    });
  }
});

test('the Person page’s strip shows time per week and mood as noted, with words for each chart', async ({ page, host }) => {
  const { dispatch } = host.current.tend;
  const saved = await dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam' });
  if (!saved.ok) throw new Error(saved.error.message);
  const personId = saved.value.id;
  await dispatch('investments.log', { personId, day: '2026-11-03', minutes: 45, kind: 'one_on_one' });
  await dispatch('notes.save', { personId, kind: 'one_on_one', body: 'Good week.', notedOn: '2026-11-03', mood: 4 });
  await dispatch('notes.save', { personId, kind: 'feedback_praise', body: 'Great demo.', notedOn: '2026-11-20' });
  let trendReads = 0;
  page.on('request', (request) => void (request.url().endsWith('/api/personTrends.forPerson') && trendReads++));
  await new AppFrame(page).open(`${host.current.url}#/people/${personId}`);
  const strip = page.getByTestId('trends-strip');
  // Folded at first, and not read: the page's refresh after a write stays at its two reads.
  const toggle = strip.getByRole('button', { name: 'Over time' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('heading', { level: 2, name: /For your next 1:1/ })).toBeVisible();
  expect(trendReads).toBe(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // Added today, with time logged earlier: the weeks start at the first record (Monday 2 Nov).
  await expect(strip.getByRole('heading', { level: 2 })).toContainText('Over time · since 2 Nov 2026');
  await expect(strip.getByRole('img').first()).toHaveAttribute('aria-label', /^45 min over 4 weeks; most in the week of 2 Nov 2026 \(45 min\); 3 weeks without time\.$/);
  await expect(strip.getByRole('img').nth(1)).toHaveAttribute('aria-label', 'Mood (1–5): 3 Nov 2026 4. Energy (1–5): not noted.');
  await expect(strip.getByRole('listitem')).toHaveText(['1 one-on-one', '1 praise']);
  // Open is remembered.
  await page.reload();
  await expect(page.getByTestId('trends-strip').getByRole('button', { name: 'Over time' })).toHaveAttribute('aria-expanded', 'true');
});
