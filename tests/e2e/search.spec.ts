import type { Route } from '@playwright/test';
import { expectNoViolations } from './axe';
import { test, expect, type TestHost } from './fixtures';
import { SearchPage } from './pages/search-page';

async function seed(host: TestHost) {
  const dispatch = host.current.tend.dispatch;
  const ok = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const sam = ok(await dispatch('people.save', { name: 'Sam Rivera' }));
  const zoe = ok(await dispatch('people.save', { name: 'Zoë Martin' }));
  const samNote = ok(await dispatch('notes.save', { personId: sam.id, body: 'Talked about the promotion case with René.', notedOn: '2026-11-20' }));
  const zoeNote = ok(await dispatch('notes.save', { personId: zoe.id, body: 'Asked about a promo <b>next</b> cycle.', notedOn: '2026-10-02' }));
  ok(await dispatch('commitments.save', { personId: zoe.id, text: 'Send the promotion rubric', owner: 'me' }));
  ok(await dispatch('journal.save', { day: '2026-11-18', body: 'Long day.\n\nThinking about promotions for the team.', revision: 1 }));
  return { sam, zoe, samNote, zoeNote };
}

test.describe('Search', () => {
  test('finds records as you type, with the words marked and markup shown as text', async ({ page, host }) => {
    await seed(host);
    const search = new SearchPage(page);
    await search.open(host.current.url);
    await expect(search.box).toBeFocused();
    await search.box.pressSequentially('promo');
    await expect(search.hits).toHaveCount(4);
    // Newest first: the commitment (made today), Sam's note, the journal day, Zoë's note.
    await expect(search.hits.locator('.kind')).toHaveText(['Commitment', 'Note', 'Journal', 'Note']);
    await expect(search.hits.nth(1).locator('mark')).toHaveText('promotion');
    await expect(search.hits.nth(3)).toContainText('Asked about a promo <b>next</b> cycle.');
    await expect(search.hits.nth(3).locator('b')).toHaveCount(0);
    await expect(search.status).toContainText('Notes 2');
    // The address follows once typing pauses, not on every key.
    await expect(page).toHaveURL(/#\/search\/promo$/);

    await search.toggle('Group by kind').click();
    await expect(search.results.getByRole('heading', { level: 2 })).toHaveText(['Notes 2', 'Journal 1', 'Commitments 1']);
  });

  test('filters as words and as chips; an empty result says what was searched and offers to drop a filter', async ({ page, host }) => {
    await seed(host);
    const search = new SearchPage(page);
    await search.open(host.current.url, 'promo person:"Martin, Zoe"');
    await expect(search.chip('Person: Martin, Zoe')).toBeVisible();
    await expect(search.hits.locator('.person')).toHaveText(['Zoë Martin', 'Zoë Martin']);

    await search.addFilter.selectOption({ label: 'Notes' });
    await expect(search.box).toHaveValue('promo person:"Martin, Zoe" kind:note');
    await expect(search.chip('Notes')).toBeVisible();
    await expect(search.hits).toHaveCount(1);

    await search.chip('Person: Martin, Zoe').click();
    await expect(search.box).toHaveValue('promo kind:note');
    await expect(search.hits).toHaveCount(2);

    await search.box.fill('promo person:nobody');
    await expect(page.getByRole('heading', { name: 'Nothing found' })).toBeVisible();
    await expect(search.frame.content).toContainText('Searched for “promo” with Person: nobody, leaving out archived people.');
    await page.getByRole('button', { name: 'Search without “Person: nobody”' }).click();
    await expect(search.box).toHaveValue('promo');
    await expect(search.hits).toHaveCount(4);
  });

  test('keyboard only: ↓ to a result, Enter opens it in place, scrolled to and marked; the search is remembered', async ({ page, host }) => {
    const { sam, samNote } = await seed(host);
    const search = new SearchPage(page);
    await search.open(host.current.url);
    // The view puts the cursor in the box once it has drawn; keys typed before that land elsewhere.
    await expect(search.box).toBeFocused();
    await page.keyboard.type('promo');
    await expect(search.hits).toHaveCount(4);
    await page.keyboard.press('ArrowDown');
    await expect(search.hits.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(search.hits.nth(1)).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(search.frame.pageHeading).toHaveText('Sam Rivera');
    expect(new URL(page.url()).hash).toBe(`#/people/${sam.id}`);
    const note = page.locator(`[data-record="${samNote.id}"]`);
    await expect(note).toBeFocused();
    await expect(note).toHaveClass(/revealed/);
    await expect(note).toBeInViewport();

    await page.goBack();
    await expect(search.box).toHaveValue('promo');
    await search.box.fill('');
    const recent = page.getByRole('region', { name: 'Recent searches' });
    await expect(recent.getByRole('button', { name: 'promo' })).toBeVisible();
    await recent.getByRole('button', { name: 'Clear recent searches' }).click();
    await expect(recent).toHaveCount(0);
  });

  test('the address follows the box once typing pauses, never over a view opened since', async ({ page, host }) => {
    await seed(host);
    const search = new SearchPage(page);
    await search.open(host.current.url);
    await expect(search.box).toBeFocused();
    await page.keyboard.type('promo');
    await expect(search.hits).toHaveCount(4);
    await expect(page).toHaveURL(/#\/search\/promo$/);
    await page.keyboard.type(' rubric');
    // Another view opened before the pause: the search's address must not replace it.
    await page.evaluate(() => {
      window.location.hash = '#/people';
    });
    await expect(search.frame.pageHeading).toHaveText('People');
    // Timers run in order: one set now runs after the view's address timer.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 400)));
    await expect(page).toHaveURL(/#\/people$/);
  });

  test('a full page of hits draws only the rows in view, and the keyboard still reaches the last one', async ({ page, host }) => {
    const { sam } = await seed(host);
    for (let n = 1; n <= 30; n++) {
      const saved = await host.current.tend.dispatch('notes.save', { personId: sam.id, body: `Budget review number ${n}.`, notedOn: '2026-09-01' });
      expect(saved.ok).toBe(true);
    }
    const search = new SearchPage(page);
    await search.open(host.current.url, 'budget');
    await expect(search.status).toContainText('Notes 30');
    // 30 hits in the page of results, fewer drawn (800 px shows about eight).
    await expect(search.results.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '30');
    expect(await search.hits.count()).toBeLessThan(30);
    await search.box.press('ArrowDown');
    await expect(search.hits.first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(search.results.locator('li[aria-posinset="30"] button.hit')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(search.box).toBeFocused();
  });

  test('an older keystroke answered last never replaces the newer answer shown', async ({ page, host }) => {
    await seed(host);
    // Answers are held in the test's hands: `promo` is let through only after `promo rub` has been shown.
    const held = new Map<string, Route>();
    const asked = new Map<string, () => void>();
    const arrived = (query: string) => new Promise<void>((done) => asked.set(query, done));
    await page.route('**/api/search.query', (route) => {
      const { query } = route.request().postDataJSON() as { query: string };
      if (query !== 'promo' && query !== 'promo rub') return route.continue();
      held.set(query, route);
      asked.get(query)?.();
    });
    const search = new SearchPage(page);
    await search.open(host.current.url);
    const promoAsked = arrived('promo');
    await search.box.fill('promo');
    await promoAsked;
    const rubAsked = arrived('promo rub');
    await search.box.fill('promo rub');
    await rubAsked;

    await held.get('promo rub')!.continue();
    await expect(search.hits).toHaveCount(1);
    await expect(search.hits.first()).toContainText('Send the promotion rubric');
    // From here on, every list of hits the page draws is written down.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { seenHits: number[] }).seenHits = seen;
      new MutationObserver(() => seen.push(document.querySelectorAll('.results button.hit').length)).observe(document.body, { childList: true, subtree: true });
    });
    const stale = page.waitForEvent('requestfinished', (request) => request === held.get('promo')!.request());
    await held.get('promo')!.continue();
    await stale;
    // One more keystroke, let through: its answer comes after the stale one has been read (sent only
    // once that one had finished), so by the time it shows, the stale one has had its chance to draw.
    await search.box.fill('promo rubr');
    await expect(search.hits).toHaveCount(1);
    await expect(search.status).toContainText('Commitments 1');
    expect(await page.evaluate(() => (window as unknown as { seenHits: number[] }).seenHits.filter((n) => n !== 1))).toEqual([]);
    await expect(search.box).toHaveValue('promo rubr');
  });

  test('a journal hit opens its day with the searched word selected', async ({ page, host }) => {
    await seed(host);
    const search = new SearchPage(page);
    await search.open(host.current.url, 'promo kind:journal');
    await expect(search.hits).toHaveCount(1);
    await search.hits.first().click();
    await expect(search.frame.pageHeading).toHaveText('Journal');
    expect(new URL(page.url()).hash).toBe('#/journal/2026-11-18');
    const editor = page.getByRole('textbox', { name: 'Reflection' });
    await expect(editor).toBeFocused();
    expect(await editor.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('promotions');
  });

  test('a goal found by its progress note opens expanded', async ({ page, host }) => {
    const { sam } = await seed(host);
    const dispatch = host.current.tend.dispatch;
    const goal = await dispatch('goals.save', { personId: sam.id, kind: 'goal', sphere: 'professional', title: 'Lead the launch' });
    if (!goal.ok) throw new Error(goal.error.message);
    await dispatch('progress.save', { goalId: goal.value.id, body: 'Drafted the quokka plan', notedOn: '2026-11-10' });
    await dispatch('progress.save', { goalId: goal.value.id, body: 'Shared it', notedOn: '2026-11-12' });
    const search = new SearchPage(page);
    await search.open(host.current.url, 'quokka');
    await search.hits.first().click();
    const item = page.locator(`[data-record="${goal.value.id}"]`);
    await expect(item).toBeFocused();
    await expect(item.getByRole('button', { name: 'Hide history' })).toBeVisible();
  });

  test('no accessibility violations, light and dark, empty and with results', async ({ page, host }) => {
    // Six axe scans: each took 3–5 s on a loaded 2-core machine.
    test.setTimeout(120_000);
    await seed(host);
    const search = new SearchPage(page);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await search.open(host.current.url);
      await expectNoViolations(page, `Search, empty (${scheme})`, scheme === 'dark' ? 'colours' : 'all');
      await search.box.fill('promo person:zoe');
      await expect(search.hits).toHaveCount(2);
      await expectNoViolations(page, `Search, results (${scheme})`, scheme === 'dark' ? 'colours' : 'all');
      await search.box.fill('promo person:nobody');
      await expect(page.getByRole('heading', { name: 'Nothing found' })).toBeVisible();
      await expectNoViolations(page, `Search, nothing found (${scheme})`, scheme === 'dark' ? 'colours' : 'all');
    }
  });
});
