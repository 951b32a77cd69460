import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { IN_MEMORY, openDatabase } from '../../../src/core/db/database';
import { ensurePrivateFile } from '../../../src/core/db/private-file';
import { DATABASE_FILE } from '../../../src/core/tend';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { sidecarsOf } from '../../fixtures/sqlite-file';
import { modeOf, tempDir } from '../../fixtures/temp-dir';

// The usual desktop umask: without care, files come out 0644 (readable by every local user).
let previousUmask: number;
beforeEach(() => {
  previousUmask = process.umask(0o022);
});
afterEach(() => {
  process.umask(previousUmask);
});

/** Opens Tend on `dataDir`, writes, and reports the modes of the database and its -wal/-shm while open. */
async function modesAfterWrites(dataDir: string): Promise<Record<string, number>> {
  const { tend } = await openTestTend({ dataDir });
  expectOk(await tend.dispatch('people.save', { name: 'Priya Raman' }));
  const file = join(dataDir, DATABASE_FILE);
  const sidecars = sidecarsOf(file);
  expect(sidecars.map((path) => path.slice(file.length)).sort()).toEqual(['-shm', '-wal']);
  const modes = Object.fromEntries([file, ...sidecars].map((path) => [path.slice(dataDir.length + 1), modeOf(path)]));
  tend.close();
  return modes;
}

const PRIVATE = { 'tend.sqlite': 0o600, 'tend.sqlite-wal': 0o600, 'tend.sqlite-shm': 0o600 };

describe('the database files are private (0600) whatever the umask', () => {
  test('in a data folder Tend creates', async () => {
    expect(await modesAfterWrites(join(tempDir('tend-modes'), 'data'))).toEqual(PRIVATE);
  });

  test('in a data folder that already exists', async () => {
    const dataDir = join(tempDir('tend-modes'), 'data');
    mkdirSync(dataDir);
    expect(await modesAfterWrites(dataDir)).toEqual(PRIVATE);
  });

  test('for a database an older Tend left readable by others (and its leftover sidecars)', async () => {
    const dataDir = tempDir('tend-modes');
    await modesAfterWrites(dataDir);
    const file = join(dataDir, DATABASE_FILE);
    chmodSync(file, 0o644);
    writeFileSync(`${file}-wal`, '');
    chmodSync(`${file}-wal`, 0o644);

    expect(await modesAfterWrites(dataDir)).toEqual(PRIVATE);
  });
});

describe('ensurePrivateFile', () => {
  test('creates a missing file empty and 0600', () => {
    const path = join(tempDir('tend-modes'), 'export.json');
    ensurePrivateFile(path);
    expect(modeOf(path)).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('');
  });

  test('makes an existing file 0600 without touching its contents', () => {
    const path = join(tempDir('tend-modes'), 'export.json');
    writeFileSync(path, 'kept');
    chmodSync(path, 0o666);
    ensurePrivateFile(path);
    expect(modeOf(path)).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('kept');
  });
});

test('an in-memory database leaves no file behind in the working directory', () => {
  const dir = tempDir('tend-memory');
  const previous = process.cwd();
  process.chdir(dir);
  try {
    const db = openDatabase(IN_MEMORY);
    db.raw.exec('CREATE TABLE t (x)');
    db.close();
  } finally {
    process.chdir(previous);
  }
  expect(readdirSync(dir)).toEqual([]);
});
