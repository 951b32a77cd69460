import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clockStartingAt } from '../../../src/core/clock';
import { LATEST_SCHEMA_VERSION } from '../../../src/core/db/migrate';
import { DATABASE_FILE, StartCancelledError } from '../../../src/core/tend';
import { startWebHost } from '../../../src/host/server';
import type { StartProgress } from '../../../src/shared/start';
import { folderDigest } from '../../fixtures/encryption';
import { BEFORE_SEARCH, journalAt } from '../../fixtures/old-journal';
import { userVersionOf } from '../../fixtures/sqlite-file';
import { tempDir } from '../../fixtures/temp-dir';

function rendererDir(): string {
  const dir = join(tempDir('tend-renderer'), 'renderer');
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Tend</title>');
  return dir;
}

/** One API call as the page makes it: POST with the session token. */
async function call(url: string, method: string): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const { origin, searchParams } = new URL(url);
  const response = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${searchParams.get('token')}`, 'content-type': 'application/json' },
    body: '{}',
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

describe('the web host while it prepares the journal at start (issue 23)', () => {
  test('serves its progress from the first step, refuses everything else, then opens the journal', async () => {
    const dataDir = journalAt(BEFORE_SEARCH);
    const seen: StartProgress[] = [];
    let refused: unknown;
    let polling: Promise<void> = Promise.resolve();
    const host = await startWebHost({
      dataDir,
      rendererDir: rendererDir(),
      appVersion: '9.9.9',
      clock: clockStartingAt(new Date('2026-11-23T14:00:00Z')),
      onPreparing: (url) => {
        polling = (async () => {
          refused = await call(url, 'people.list');
          const progress = await call(url, 'start.progress');
          if (progress.ok && progress.value) seen.push(progress.value as StartProgress);
        })();
      },
    });
    try {
      await polling;
      expect(seen[0]).toMatchObject({ work: 'search-index', cancelling: false });
      expect(seen[0]!.total).toBeGreaterThan(1);
      expect(refused).toMatchObject({ ok: false, error: { code: 'busy' } });
      expect(await call(host.url, 'start.progress')).toEqual({ ok: true, value: null });
      expect(userVersionOf(join(dataDir, DATABASE_FILE))).toBe(LATEST_SCHEMA_VERSION);
    } finally {
      await host.close();
    }
  });

  test('Cancel from the page stops the start: the host closes and the folder is byte for byte as it was', async () => {
    const dataDir = journalAt(BEFORE_SEARCH);
    const before = folderDigest(dataDir);
    let cancelled: Promise<unknown> = Promise.resolve();
    const starting = startWebHost({
      dataDir,
      rendererDir: rendererDir(),
      appVersion: '9.9.9',
      onPreparing: (url) => (cancelled = call(url, 'start.cancel')),
    });
    await expect(starting).rejects.toBeInstanceOf(StartCancelledError);
    expect(await cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(folderDigest(dataDir)).toEqual(before);
  });
});
