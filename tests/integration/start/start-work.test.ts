import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../src/core/db/migrate';
import { isPlaintextDatabase } from '../../../src/core/crypto/encrypt-existing';
import { createStartWork, type StartWatch } from '../../../src/core/start/start-work';
import { DATABASE_FILE, openTend, StartCancelledError, type Tend } from '../../../src/core/tend';
import type { StartProgress, StartWorkKind } from '../../../src/shared/start';
import { pinnedClock } from '../../fixtures/clock';
import { folderDigest, testEncryption } from '../../fixtures/encryption';
import { TEST_START } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { BEFORE_SEARCH, journalAt } from '../../fixtures/old-journal';
import { userVersionOf } from '../../fixtures/sqlite-file';
import { tempDir } from '../../fixtures/temp-dir';
import type { EncryptionSetup } from '../../../src/core/crypto/handlers';


/** Every entry under `dir`, folders included, so an empty folder left behind shows too. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

interface Report {
  work: StartWorkKind;
  done: number;
  total: number;
}

/**
 * Opens the folder with a start watch as a host gives one, pressing Cancel (through the gate's
 * dispatch, as the window does) at the `cancelAt`-th report.
 */
async function openWatched(dataDir: string, options: { cancelAt?: number; encryption?: EncryptionSetup } = {}) {
  const work = createStartWork();
  const reports: Report[] = [];
  const begun = { at: -1 };
  work.onBegin(() => (begun.at = reports.length));
  const seen: (StartProgress | null)[] = [];
  const watch: StartWatch = {
    async step(kind, done, total) {
      reports.push({ work: kind, done, total });
      const pending = work.watch.step(kind, done, total);
      // The window's Cancel arrives while the work waits between two steps.
      if (reports.length === options.cancelAt) expect(expectOk(await work.dispatch('start.cancel', {}))).toEqual({ cancelled: true });
      seen.push(expectOk(await work.dispatch('start.progress', {})) as StartProgress | null);
      return pending;
    },
  };
  const opening: Promise<Tend> = openTend({
    dataDir,
    appVersion: '0.0.0-test',
    host: 'web',
    clock: pinnedClock(TEST_START),
    startWatch: watch,
    ...(options.encryption ? { encryption: options.encryption } : {}),
  });
  return { opening, reports, work, seen, begun };
}

function expectRising(reports: Report[], work: StartWorkKind): void {
  const mine = reports.filter((report) => report.work === work);
  expect(mine.length).toBeGreaterThan(2);
  expect(mine[0]!.done).toBe(0);
  for (let i = 1; i < mine.length; i += 1) expect(mine[i]!.done).toBeGreaterThan(mine[i - 1]!.done);
  expect(mine.at(-1)!.done).toBe(mine.at(-1)!.total);
  expect(new Set(mine.map((report) => report.total)).size).toBe(1);
}

describe('building the search index at start (a migration of existing data)', () => {
  const copy = () => journalAt(BEFORE_SEARCH);

  test('reports rising counts up to the total, answers the window meanwhile, and opens at the latest schema', async () => {
    const dataDir = copy();
    const { opening, reports, work, seen, begun } = await openWatched(dataDir);
    const tend = await opening;
    try {
      // The host's window opens at the first report, before any statement ran.
      expect(begun.at).toBe(1);
      expectRising(reports, 'search-index');
      // What the window saw between the steps: the same counts, as the gate answers them.
      expect(seen.every((progress) => progress?.work === 'search-index')).toBe(true);
      expect(seen.map((progress) => progress?.done)).toEqual(reports.map((report) => report.done));
      expect(userVersionOf(join(dataDir, DATABASE_FILE))).toBe(LATEST_SCHEMA_VERSION);
      const hits = expectOk(await tend.dispatch('search.query', { query: 'walnut' }));
      expect(JSON.stringify(hits)).toContain('walnut');
      work.opened();
      expect(expectOk(await work.dispatch('start.progress', {}))).toBeNull();
    } finally {
      tend.close();
    }
  });

  test.each(['first', 'middle', 'last'] as const)('Cancel at the %s report rolls back: the folder is byte for byte as it was, with no stray file', async (when) => {
    const { reports } = await openWatched(copy()).then(async (run) => {
      (await run.opening).close();
      return run;
    });
    const at = when === 'first' ? 1 : when === 'middle' ? Math.ceil(reports.length / 2) : reports.length;
    const dataDir = copy();
    const before = folderDigest(dataDir);
    const entries = listing(dataDir);

    const { opening } = await openWatched(dataDir, { cancelAt: at });
    await expect(opening).rejects.toBeInstanceOf(StartCancelledError);

    expect(listing(dataDir)).toEqual(entries);
    expect(folderDigest(dataDir)).toEqual(before);
    expect(userVersionOf(join(dataDir, DATABASE_FILE))).toBe(BEFORE_SEARCH);
  });
});

describe('encrypting a plaintext journal at start', () => {
  const copy = () => journalAt(LATEST_SCHEMA_VERSION);

  test('reports rising counts up to the total and opens encrypted', async () => {
    const dataDir = copy();
    const { opening, reports } = await openWatched(dataDir, { encryption: await testEncryption() });
    const tend = await opening;
    tend.close();
    expectRising(reports, 'encryption');
    expect(isPlaintextDatabase(join(dataDir, DATABASE_FILE))).toBe(false);
  });

  test.each([1, 3, 5])('Cancel at report %i of 5 keeps the plaintext journal byte for byte, with no copy, backup or folder left', async (at) => {
    const dataDir = copy();
    const before = folderDigest(dataDir);
    const entries = listing(dataDir);

    const { opening, reports } = await openWatched(dataDir, { cancelAt: at, encryption: await testEncryption() });
    await expect(opening).rejects.toBeInstanceOf(StartCancelledError);

    expect(reports.at(-1)).toMatchObject({ work: 'encryption', done: at - 1, total: 4 });
    expect(listing(dataDir)).toEqual(entries);
    expect(folderDigest(dataDir)).toEqual(before);
    expect(isPlaintextDatabase(join(dataDir, DATABASE_FILE))).toBe(true);
  });
});
