import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockStartingAt } from '../../src/core/clock';
import { startWebHost, type WebHost } from '../../src/host/server';
import { BEFORE_SEARCH, journalAt } from '../fixtures/old-journal';
import { openDatabase } from '../../src/core/db/database';
import { DATABASE_FILE } from '../../src/core/tend';
import { expectNoViolationsLightAndDark } from './axe';
import { expect, FIRST_SCREEN, FIXED_NOW, RENDERER_DIR, test } from './fixtures';

/**
 * Long start-up work in the web host (issue 23): a journal from before the search index is served a
 * "Preparing your journal" page while the index is built, which then loads the app. The held tests
 * stop the real work between two steps (the host's `startPace`), so the page is seen for certain.
 */
test.describe('preparing the journal at start', () => {
  test.setTimeout(120_000);

  function start(dataDir: string, onPreparing: (url: string) => void, startPace?: () => Promise<void>): Promise<WebHost> {
    return startWebHost({ dataDir, rendererDir: RENDERER_DIR, appVersion: '0.0.0-test', firstScreen: FIRST_SCREEN, clock: clockStartingAt(FIXED_NOW), onPreparing, ...(startPace ? { startPace } : {}) });
  }

  /** A pace that lets the first `steps` steps through, then holds every later one until `release()`. */
  function holdAfter(steps: number) {
    let taken = 0;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    return { pace: () => (++taken > steps ? held : new Promise<void>((resolve) => setImmediate(resolve))), release: () => release() };
  }

  const versionOf = (dataDir: string) => {
    const db = openDatabase(join(dataDir, DATABASE_FILE));
    try {
      return db.all<{ user_version: number }>('PRAGMA user_version')[0]!.user_version;
    } finally {
      db.close();
    }
  };

  test('while held mid-way the page names the work, counts its steps and passes axe in light and dark; released, it opens Today', async ({ page }) => {
    const dataDir = journalAt(BEFORE_SEARCH, 500, mkdtempSync(join(tmpdir(), 'tend-e2e-preparing-')));
    const hold = holdAfter(3);
    let address = '';
    const starting = start(dataDir, (url) => (address = url), hold.pace);
    try {
      await expect.poll(() => address).not.toBe('');
      await page.goto(address);
      await expect(page.getByRole('heading', { name: 'Preparing your journal' })).toBeVisible();
      await expect(page.getByText('Building the search index, so you can find anything you have written.')).toBeVisible();
      await expect(page.getByText(/^Step \d+ of \d+/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Stop and quit Tend' })).toBeFocused();
      await expectNoViolationsLightAndDark(page, 'the preparing page');
      hold.release();
      const host = await starting;
      await expect(page.getByRole('link', { name: /^Today/ })).toBeVisible({ timeout: 30_000 });
      await host.close();
    } finally {
      hold.release();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('Stop while held: the page says Tend has stopped, the host ends, and the journal keeps its old version', async ({ page, consoleWatch }) => {
    consoleWatch.allow(
      /ERR_CONNECTION_(REFUSED|RESET)/,
      'once stopped the host is gone, and the page learns it from its progress call: refused, or reset when the call was on its way as the host closed its connections',
    );
    const dataDir = journalAt(BEFORE_SEARCH, 500, mkdtempSync(join(tmpdir(), 'tend-e2e-preparing-')));
    const hold = holdAfter(3);
    let address = '';
    const starting = start(dataDir, (url) => (address = url), hold.pace);
    const ended = starting.then(
      () => 'opened',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    try {
      await expect.poll(() => address).not.toBe('');
      await page.goto(address);
      await page.getByRole('button', { name: 'Stop and quit Tend' }).click();
      await expect(page.getByRole('button', { name: 'Stopping…' })).toBeDisabled();
      hold.release();
      expect(await ended).toMatch(/cancelled; your journal is as it was/);
      await expect(page.getByRole('heading', { name: 'Tend has stopped' })).toBeVisible({ timeout: 15_000 });
      expect(versionOf(dataDir)).toBe(BEFORE_SEARCH);
    } finally {
      hold.release();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
