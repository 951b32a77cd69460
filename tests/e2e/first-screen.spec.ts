import type { Page } from '@playwright/test';
import type { Person } from '../../src/shared/people';
import { test, expect, type TestHost } from './fixtures';
import { JournalPage } from './pages/journal-page';
import { PersonPage } from './pages/person-page';

async function addPerson(host: TestHost, name: string, notes: string[]): Promise<Person> {
  const saved = await host.current.tend.dispatch('people.save', { name });
  if (!saved.ok) throw new Error(saved.error.message);
  for (const body of notes) {
    const note = await host.current.tend.dispatch('notes.save', { personId: saved.value.id, body });
    if (!note.ok) throw new Error(note.error.message);
  }
  return saved.value;
}

/**
 * Holds the app's code back until the drawn page has been seen, as a slow machine holds it; the
 * returned function lets it load.
 */
async function holdAppCode(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/app-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('The Person page’s first screen, drawn by the host (issue 21)', () => {
  test('shows the page before the app’s code runs, inert, then the live app takes its place and works', async ({ page, host }) => {
    const person = await addPerson(host, 'Priya Raman', ['Asked about the **launch** plan', 'Talked about the conference talk']);
    const release = await holdAppCode(page);
    const view = new PersonPage(page);
    await page.goto(`${host.current.url}#/people/${person.id}`);

    const drawn = page.locator('#app > .first-screen');
    await expect(drawn.locator('#person-page-title')).toHaveText('Priya Raman');
    await expect(drawn.locator('article.entry').first()).toContainText('Talked about the conference talk');
    // Markdown is shown as its text until the app's sanitiser draws it.
    await expect(drawn.locator('article.entry').nth(1)).toContainText('Asked about the **launch** plan');
    expect(await drawn.evaluate((element) => (element as HTMLElement).inert)).toBe(true);

    release();
    await expect(drawn).toHaveCount(0);
    await expect(page.locator('#person-page-title')).toHaveCount(1);
    await view.expectPerson('Priya Raman');
    await expect(view.entry('Talked about the conference talk')).toBeVisible();
    await expect(view.entry('Asked about the launch plan').locator('strong')).toHaveText('launch');
    // The styles that came with the drawn page went with it.
    await expect(page.locator('head style[id^="svelte-"]')).toHaveCount(0);

    await view.addNote({ body: 'Written after the app arrived' });
    await expect(view.entry('Written after the app arrived')).toBeVisible();
  });

  test('People: the team is drawn ahead, inert, then the live list takes its place and opens a person', async ({ page, host }) => {
    await addPerson(host, 'Priya Raman', []);
    await addPerson(host, 'Sam Okafor', []);
    const release = await holdAppCode(page);
    await page.goto(`${host.current.url}#/people`);

    const drawn = page.locator('#app > .first-screen');
    await expect(drawn.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await expect(drawn.getByText('2 people on your team.')).toBeVisible();
    await expect(drawn.locator('main').getByRole('link', { name: /Sam Okafor/ })).toBeVisible();
    expect(await drawn.evaluate((element) => (element as HTMLElement).inert)).toBe(true);

    release();
    await expect(drawn).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toHaveCount(1);
    await page.getByRole('main').getByRole('link', { name: /Sam Okafor/ }).click();
    await new PersonPage(page).expectPerson('Sam Okafor');
  });

  test('the Journal: today’s text is drawn ahead, shown once in every frame, then the live editor saves', async ({ page, host }) => {
    const day = await host.current.tend.dispatch('journal.save', { day: '2026-11-23', body: 'A calm day, written before', revision: 1 });
    if (!day.ok) throw new Error(day.error.message);
    const release = await holdAppCode(page);
    // How many editors each change of the page leaves: never two (the drawn one and the app's), never none once shown.
    await page.addInitScript(() => {
      const counts: number[] = [];
      (window as unknown as { editors: number[] }).editors = counts;
      new MutationObserver(() => {
        const now = document.querySelectorAll('#journal-body').length;
        if ((counts.at(-1) ?? 0) !== now) counts.push(now);
      }).observe(document, { childList: true, subtree: true });
    });
    const journal = new JournalPage(page);
    await page.goto(`${host.current.url}#/journal`);

    const drawn = page.locator('#app > .first-screen');
    await expect(drawn.locator('main h1')).toHaveText('Journal');
    await expect(drawn.locator('textarea')).toHaveValue('A calm day, written before');
    expect(await drawn.evaluate((element) => (element as HTMLElement).inert)).toBe(true);

    release();
    await expect(drawn).toHaveCount(0);
    await expect(journal.editor).toBeEditable();
    await expect(journal.editor).toHaveValue('A calm day, written before');
    expect(await page.evaluate(() => (window as unknown as { editors: number[] }).editors)).toEqual([1]);
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
    expect(ids.length).toBe(new Set(ids).size);

    await journal.editor.fill('A calm day, and then the live editor');
    await journal.editor.blur();
    await expect(journal.saveStatus).toHaveText('Saved');
  });

  test('a presenting window is not shown a drawn page: the blur comes with the app', async ({ page, host }) => {
    const person = await addPerson(host, 'Priya Raman', ['Talked about the conference talk']);
    const screens: unknown[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/batch')) screens.push((request.postDataJSON() as { screen?: unknown }).screen);
    });
    await page.addInitScript(() => sessionStorage.setItem('tend.presenting', '1'));
    const view = new PersonPage(page);
    await view.goto(host.current.url, person.id, 'Priya Raman');
    expect(screens).toEqual([undefined]);
  });
});
