import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../fixtures/chromium';
import { filesContaining } from '../fixtures/encryption';
import { expect, test } from './fixtures';
import { LockScreen } from './pages/lock-screen';
import { PersonPage } from './pages/person-page';
import { SearchPage } from './pages/search-page';

/**
 * Issue 24: nothing the leader typed is left in the browser's own storage, where Electron would write
 * it in plaintext into its profile and a locked page could read it. A marker typed into a search and
 * into a draft goes to the (encrypted) database; the page's localStorage, sessionStorage and
 * IndexedDB never hold it, nor do the files of a real Chromium profile once the browser has closed;
 * after locking, nothing readable remains in the page.
 */

const MARK = 'Qv-private-marker';
/** The browser's history, tabs to restore, favicons by page and usage metrics: records of addresses. */
const BROWSER_ADDRESS_RECORDS = /^(?:Default\/(?:History|Favicons|Sessions\/|Top Sites|Visited Links|Shortcuts)|segmentation_platform\/)/;

/** Everything the page's own storage holds, as one string. */
function pageStorage(page: import('@playwright/test').Page): Promise<string> {
  return page.evaluate(async () => {
    const dump = (storage: Storage) => JSON.stringify(Object.entries({ ...storage }));
    const databases = await indexedDB.databases();
    return [dump(localStorage), dump(sessionStorage), JSON.stringify(databases)].join('\n');
  });
}

test('a search and a draft are kept in the database, never in the browser’s storage or profile; locked, the page holds neither', async ({ host }) => {
  test.slow();
  const saved = await host.current.tend.dispatch('people.save', { name: 'Sam Okafor' });
  if (!saved.ok) throw new Error(saved.error.message);
  const profile = mkdtempSync(join(tmpdir(), 'tend-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions, viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const search = new SearchPage(page);
    await search.open(host.current.url);
    await search.box.fill(`${MARK} search`);
    await search.box.press('Enter');
    const person = new PersonPage(page);
    await person.goto(host.current.url, saved.value.id, 'Sam Okafor');
    await person.timeline.getByRole('button', { name: /^New note/ }).click();
    await person.composer().getByLabel('Note', { exact: true }).fill(`${MARK} draft`);

    const kept = async () => {
      const list = await host.current.tend.dispatch('privateState.list');
      return list.ok ? list.value.map((entry) => entry.value).join('\n') : '';
    };
    await expect.poll(kept).toContain(`${MARK} draft`);
    expect(await kept()).toContain(`${MARK} search`);
    expect(await pageStorage(page)).not.toContain(MARK);

    await page.keyboard.press('Control+Shift+L');
    const lock = new LockScreen(page);
    await lock.expectShown();
    expect(await lock.wholeDom()).not.toContain(MARK);
    expect(await pageStorage(page)).not.toContain(MARK);

    // Unlocked, the draft and the search come back from the database.
    await lock.unlockButton.click();
    await expect(person.composer().getByLabel('Note', { exact: true })).toHaveValue(`${MARK} draft`);
    // In the page (a new load would have to unlock again).
    await page.evaluate(() => (window.location.hash = '#/search'));
    await expect(page.getByRole('region', { name: 'Recent searches' })).toContainText(`${MARK} search`);
  } finally {
    await context.close();
  }
  try {
    // The browser has written and closed every file of its profile. Only what Chromium-the-browser
    // keeps of the addresses visited may hold the search (it is in the address: #/search/<words>);
    // Electron keeps none of these files, while it keeps every other kind (Local Storage, Session
    // Storage, IndexedDB, caches, preferences).
    const found = filesContaining(profile, MARK).map((file) => file.slice(profile.length + 1));
    expect(found.filter((file) => !BROWSER_ADDRESS_RECORDS.test(file))).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
