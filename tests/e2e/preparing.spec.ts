import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockStartingAt } from '../../src/core/clock';
import { startWebHost, type WebHost } from '../../src/host/server';
import { BEFORE_SEARCH, journalAt } from '../fixtures/old-journal';
import { expect, FIXED_NOW, RENDERER_DIR, test } from './fixtures';

/**
 * Long start-up work in the web host (issue 23): a journal from before the search index is served a
 * "Preparing your journal" page while the index is built, which then loads the app. (The page's
 * progress and Stop are covered by the host and core tests; see web-host-preparing.test.ts.)
 */
test.describe('preparing the journal at start', () => {
  test.setTimeout(120_000);

  function start(dataDir: string, onPreparing: (url: string) => void): Promise<WebHost> {
    return startWebHost({ dataDir, rendererDir: RENDERER_DIR, appVersion: '0.0.0-test', clock: clockStartingAt(FIXED_NOW), onPreparing });
  }

  test('shows the progress while the search index is built, then opens Today', async ({ page }) => {
    const dataDir = journalAt(BEFORE_SEARCH, 60_000, mkdtempSync(join(tmpdir(), 'tend-e2e-preparing-')));
    let shown: Promise<unknown> = Promise.resolve();
    const host = await start(dataDir, (url) => (shown = page.goto(url)));
    try {
      await shown;
      // The page may have loaded before or after the work finished: it shows Today either way once open.
      await expect(page.getByRole('link', { name: /^Today/ })).toBeVisible({ timeout: 60_000 });
      await expect(page.getByRole('heading', { name: 'Preparing your journal' })).toHaveCount(0);
    } finally {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
