import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { openTend, StartupError, BACKUP_DIR, DATABASE_FILE } from '../../../src/core/tend';
import { applyWriterPragmas, openDatabase, type Database } from '../../../src/core/db/database';
import { LATEST_SCHEMA_VERSION, migrate } from '../../../src/core/db/migrate';
import { MIGRATIONS, type Migration } from '../../../src/core/db/migrations';
import { PACKED_DAY_SQL } from '../../../src/core/insights/packed-investments';
import { pinnedClock } from '../../fixtures/clock';
import { TEST_START, openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { SCHEMA_FIXTURES, buildDatabaseAtVersion, peopleSeededUpTo, rowsSeededUpTo } from '../../fixtures/schemas';
import { fingerprint, inspectDatabase, schemaOf, sidecarsOf, userVersionOf } from '../../fixtures/sqlite-file';
import { modeOf, tempDir } from '../../fixtures/temp-dir';

// Spy (not fake) on the connection openTend opens, to read its per-connection pragmas.
vi.mock(import('../../../src/core/db/database'), async (importOriginal) => {
  const real = await importOriginal();
  return { ...real, openDatabase: vi.fn(real.openDatabase) };
});

/** "The app one version newer": today's migrations plus one more. */
const NEXT: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'next-app-version',
  up: `CREATE TABLE next_version_things (id TEXT PRIMARY KEY NOT NULL) STRICT;`,
};

function openWriter(file: string): Database {
  const db = openDatabase(file);
  applyWriterPragmas(db);
  return db;
}

async function expectStartupError(promise: Promise<unknown>): Promise<StartupError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StartupError);
  return error as StartupError;
}

describe('a fresh data folder', () => {
  test('gets a database at the latest schema, in WAL mode, with foreign keys and synchronous=FULL on the writer', async () => {
    vi.mocked(openDatabase).mockClear();
    const { tend, dataDir } = await openTestTend();

    // The writer: the start-up check reads on a read-only connection of its own.
    const connection = vi
      .mocked(openDatabase)
      .mock.results.map((result) => result.value as Database)
      .filter((opened) => !opened.openOptions.readonly)
      .at(-1) as Database;
    expect(connection.file).toBe(join(dataDir, DATABASE_FILE));
    expect(connection.userVersion()).toBe(LATEST_SCHEMA_VERSION);
    expect(connection.pragma('journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(connection.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(connection.raw.pragma('synchronous', { simple: true })).toBe(2);
    expect(connection.raw.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);

    const info = expectOk(await tend.dispatch('app.info'));
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(info.databaseFile).toBe(join(dataDir, DATABASE_FILE));

    // Nothing to back up on a brand-new file.
    expect(existsSync(join(dataDir, BACKUP_DIR))).toBe(false);
    tend.close();
    // Closing checkpoints the WAL into the main file and removes the side files.
    expect(sidecarsOf(join(dataDir, DATABASE_FILE))).toEqual([]);
    expect(userVersionOf(join(dataDir, DATABASE_FILE))).toBe(LATEST_SCHEMA_VERSION);
  });

  test('is created private to the user (0700)', async () => {
    const dataDir = join(tempDir(), 'nested', 'Tend');
    await openTestTend({ dataDir });
    expect(modeOf(dataDir)).toBe(0o700);
  });
});

describe('every earlier schema version', () => {
  test('has a fixture, so a new migration cannot ship without a test of the data it migrates', () => {
    const missing = MIGRATIONS.map((m) => m.version).filter((v) => !SCHEMA_FIXTURES.some((f) => f.version === v));
    expect(missing, 'add an entry per schema version to SCHEMA_FIXTURES in tests/fixtures/schemas').toEqual([]);
    expect(SCHEMA_FIXTURES.map((f) => f.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  test.each(MIGRATIONS.map((m) => m.version))(
    'a file left at schema v%i opens at the latest schema with all its people',
    async (version) => {
      const dataDir = tempDir('tend-data');
      const file = join(dataDir, DATABASE_FILE);
      buildDatabaseAtVersion(file, version);
      expect(userVersionOf(file)).toBe(version);

      const { tend } = await openTestTend({ dataDir });
      const people = expectOk(await tend.dispatch('people.list', { includeArchived: true }));
      expect(people.map((p) => p.name).sort()).toEqual(peopleSeededUpTo(version).sort());
      tend.close();

      expect(userVersionOf(file)).toBe(LATEST_SCHEMA_VERSION);
      const expectedRows = rowsSeededUpTo(version);
      const actualRows = inspectDatabase(file, (raw) =>
        Object.fromEntries(Object.keys(expectedRows).map((table) => [table, raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get()])),
      );
      expect(actualRows).toEqual(expectedRows);
      expect(inspectDatabase(file, (raw) => raw.pragma('foreign_key_check'))).toEqual([]);
      // Every person's kept note count matches their notes, whether backfilled or kept by the triggers.
      const counts = inspectDatabase(file, (raw) => ({
        kept: raw.prepare('SELECT person_id, notes FROM note_counts WHERE notes > 0 ORDER BY person_id').all(),
        actual: raw.prepare('SELECT person_id, count(*) AS notes FROM notes GROUP BY person_id ORDER BY person_id').all(),
      }));
      expect(counts.kept).toEqual(counts.actual);
      // And their kept latest invested day matches their investments.
      const latest = inspectDatabase(file, (raw) => ({
        kept: raw.prepare('SELECT person_id, day FROM last_investments ORDER BY person_id').all(),
        actual: raw.prepare('SELECT person_id, max(day) AS day FROM investments GROUP BY person_id ORDER BY person_id').all(),
      }));
      expect(latest.kept).toEqual(latest.actual);
      // And each person's months packed for Insights, built by migration 017 or kept by its triggers.
      const months = inspectDatabase(file, (raw) => ({
        kept: raw.prepare('SELECT person_id, month, packed FROM insights_months ORDER BY person_id, month').all(),
        actual: raw
          .prepare(`SELECT person_id, substr(day, 1, 7) AS month, group_concat(${PACKED_DAY_SQL}, ',' ORDER BY day, created_at, id) AS packed FROM investments GROUP BY person_id, month ORDER BY person_id, month`)
          .all(),
      }));
      expect(months.kept).toEqual(months.actual);
      // Only a file that actually needed migrating gets a pre-migration backup (the daily one follows the
      // integrity check after start, so a file opened and closed at once may have no backups folder yet).
      const backups = join(dataDir, BACKUP_DIR);
      const preMigration = (existsSync(backups) ? readdirSync(backups) : []).filter((f) => f.startsWith('tend-pre-migration-') && f.endsWith('.sqlite'));
      expect(preMigration.length).toBe(version < LATEST_SCHEMA_VERSION ? 1 : 0);
    },
  );

  test('the v1 fixture migrates to "one version newer" with its rows intact', async () => {
    const dataDir = tempDir('tend-data');
    const file = join(dataDir, DATABASE_FILE);
    buildDatabaseAtVersion(file, 1);

    const db = openWriter(file);
    const outcome = await migrate(db, {
      backupDir: join(dataDir, BACKUP_DIR),
      clock: pinnedClock(TEST_START),
      migrations: [...MIGRATIONS, NEXT],
    });
    db.close();

    expect(outcome).toMatchObject({ from: 1, to: NEXT.version });
    expect(userVersionOf(file)).toBe(NEXT.version);
    const names = inspectDatabase(file, (raw) => raw.prepare('SELECT name FROM people ORDER BY name').pluck().all());
    expect(names).toEqual(peopleSeededUpTo(1).sort());
    expect(schemaOf(file).map((o) => o.name)).toContain('next_version_things');
  });
});

describe('migrating an existing file', () => {
  test('backs it up with the backup API before a newer migration runs', async () => {
    const dataDir = tempDir('tend-data');
    const file = join(dataDir, DATABASE_FILE);
    const backupDir = join(dataDir, BACKUP_DIR);
    buildDatabaseAtVersion(file, 1);

    const db = openWriter(file);
    const outcome = await migrate(db, {
      backupDir,
      clock: pinnedClock(TEST_START),
      migrations: [...MIGRATIONS, NEXT],
    });
    db.close();

    expect(outcome.from).toBe(1);
    expect(outcome.to).toBe(NEXT.version);
    const backup = outcome.backupFile;
    expect(backup).not.toBeNull();
    if (!backup) return;
    expect(backup.startsWith(backupDir)).toBe(true);
    expect(existsSync(backup)).toBe(true);
    expect(modeOf(backupDir)).toBe(0o700);
    expect(modeOf(backup)).toBe(0o600);

    // The snapshot is of the file as it was: old version, old rows, no trace of the new migration.
    inspectDatabase(backup, (raw) => {
      expect(raw.pragma('quick_check', { simple: true })).toBe('ok');
      expect(raw.pragma('user_version', { simple: true })).toBe(1);
      expect(raw.prepare('SELECT name FROM people ORDER BY name').pluck().all()).toEqual(peopleSeededUpTo(1).sort());
      expect(raw.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'next_version_things'`).pluck().get()).toBe(0);
    });
    expect(userVersionOf(file)).toBe(NEXT.version);
  });

  test('a file already at the latest schema is neither migrated nor backed up', async () => {
    const dataDir = tempDir('tend-data');
    const file = join(dataDir, DATABASE_FILE);
    buildDatabaseAtVersion(file, LATEST_SCHEMA_VERSION);

    const db = openWriter(file);
    const outcome = await migrate(db, { backupDir: join(dataDir, BACKUP_DIR), clock: pinnedClock(TEST_START) });
    db.close();

    expect(outcome).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION, backupFile: null });
    expect(existsSync(join(dataDir, BACKUP_DIR))).toBe(false);
  });

  test('applies all pending migrations in one transaction: a failure in the second leaves the file exactly as it was', async () => {
    const dataDir = tempDir('tend-data');
    const file = join(dataDir, DATABASE_FILE);
    buildDatabaseAtVersion(file, 1);
    const schemaBefore = schemaOf(file);

    const good: Migration = NEXT;
    const broken: Migration = { version: NEXT.version + 1, name: 'broken', up: `CREATE TABLE oops (id TEXT PRIMARY KEY) STRICT; SELEKT 1;` };
    const db = openWriter(file);
    await expect(
      migrate(db, { backupDir: join(dataDir, BACKUP_DIR), clock: pinnedClock(TEST_START), migrations: [...MIGRATIONS, good, broken] }),
    ).rejects.toThrow(/syntax error/);
    // The connection is still usable and sees the old file.
    expect(db.userVersion()).toBe(1);
    db.close();

    expect(userVersionOf(file)).toBe(1);
    expect(schemaOf(file)).toEqual(schemaBefore);
    expect(inspectDatabase(file, (raw) => raw.prepare('SELECT count(*) FROM people').pluck().get())).toBe(
      peopleSeededUpTo(1).length,
    );

    // And the real app still opens it afterwards.
    const { tend } = await openTestTend({ dataDir });
    expect(expectOk(await tend.dispatch('people.list', { includeArchived: true }))).toHaveLength(peopleSeededUpTo(1).length);
  });

  test('a failure while creating a fresh file leaves it empty at version 0, not half-created', async () => {
    const file = join(tempDir('tend-data'), DATABASE_FILE);
    const broken: Migration = { version: MIGRATIONS.length + 1, name: 'broken', up: `NOT SQL AT ALL;` };
    const db = openWriter(file);
    await expect(
      migrate(db, { backupDir: join(tempDir(), 'backups'), clock: pinnedClock(TEST_START), migrations: [...MIGRATIONS, broken] }),
    ).rejects.toThrow();
    db.close();

    expect(userVersionOf(file)).toBe(0);
    expect(schemaOf(file)).toEqual([]);
  });
});

describe('start-up refusals', () => {
  test.each(['wal', 'delete'] as const)(
    'a database from a newer Tend (%s journal) is refused with "newer version" and left untouched',
    async (journalMode) => {
      const dataDir = tempDir('tend-data');
      const file = join(dataDir, DATABASE_FILE);
      buildDatabaseAtVersion(file, LATEST_SCHEMA_VERSION);
      const future = openDatabase(file);
      future.pragma(`journal_mode = ${journalMode}`);
      future.exec(`CREATE TABLE from_the_future (id TEXT PRIMARY KEY) STRICT;`);
      future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      future.close();
      expect(sidecarsOf(file)).toEqual([]);
      const before = fingerprint(file);

      const error = await expectStartupError(openTend({ dataDir, appVersion: '0.0.0-test', host: 'web', clock: pinnedClock(TEST_START) }));

      expect(error.message).toMatch(/newer version/);
      expect(fingerprint(file)).toEqual(before);
      expect(sidecarsOf(file)).toEqual([]);
      expect(existsSync(join(dataDir, BACKUP_DIR))).toBe(false);
      expect(userVersionOf(file)).toBe(LATEST_SCHEMA_VERSION + 1);
    },
  );

  test('a file that is not SQLite is reported as "not a readable Tend database" and left untouched', async () => {
    const dataDir = tempDir('tend-data');
    const file = join(dataDir, DATABASE_FILE);
    writeFileSync(file, 'These are my notes, saved here by mistake.\n'.repeat(200));
    const before = fingerprint(file);

    const error = await expectStartupError(openTend({ dataDir, appVersion: '0.0.0-test', host: 'web', clock: pinnedClock(TEST_START) }));

    expect(error.message).toMatch(/not a readable Tend database/);
    expect(error.message).toContain(file);
    expect(fingerprint(file)).toEqual(before);
    expect(sidecarsOf(file)).toEqual([]);
  });

  test('a data folder Tend cannot write to is reported, naming the folder', async () => {
    const root = tempDir('tend-data');
    let dataDir: string;
    if (process.getuid?.() === 0) {
      // Root ignores permission bits; a folder "inside" a regular file fails for everyone.
      writeFileSync(join(root, 'afile'), 'not a folder');
      dataDir = join(root, 'afile', 'sub');
    } else {
      const parent = join(root, 'locked');
      mkdirSync(parent);
      chmodSync(parent, 0o500);
      dataDir = join(parent, 'sub');
    }

    const error = await expectStartupError(openTend({ dataDir, appVersion: '0.0.0-test', host: 'web', clock: pinnedClock(TEST_START) }));

    expect(error.message).toContain(dataDir);
    expect(error.message).toMatch(/data folder/);
    expect(existsSync(dataDir)).toBe(false);
  });

  test('an existing but read-only data folder is reported too (skipped as root, which can write anywhere)', async (context) => {
    if (process.getuid?.() === 0) context.skip();
    const dataDir = tempDir('tend-data');
    chmodSync(dataDir, 0o500);

    const error = await expectStartupError(openTend({ dataDir, appVersion: '0.0.0-test', host: 'web', clock: pinnedClock(TEST_START) }));

    expect(error.message).toContain(dataDir);
    expect(statSync(dataDir).isDirectory()).toBe(true);
  });
});

describe('011: progress notes carry a version', () => {
  test('a note written before it takes its created_at, and so does a row inserted without one', async () => {
    const dataDir = tempDir('tend-data');
    const file = join(dataDir, DATABASE_FILE);
    buildDatabaseAtVersion(file, 10);
    const { tend } = await openTestTend({ dataDir });
    expect(expectOk(await tend.dispatch('people.list', {}))).not.toHaveLength(0);
    tend.close();
    const versions = () =>
      inspectDatabase(file, (raw) => raw.prepare('SELECT body, created_at = updated_at AS same FROM progress_notes ORDER BY body').raw().all());
    expect(versions()).toEqual([['Kick-off went well', 1]]);

    const later = join(tempDir('tend-data'), DATABASE_FILE);
    buildDatabaseAtVersion(later, 11);
    expect(
      inspectDatabase(later, (raw) => raw.prepare('SELECT body, updated_at FROM progress_notes ORDER BY body').raw().all()),
    ).toEqual([
      ['Kick-off went well', '2025-08-01T13:00:00.000Z'],
      ['Shipped the beta', '2026-04-02T09:00:00.000Z'],
      ['Wrote the launch notes', '2026-04-03T14:00:00.000Z'],
    ]);
  });
});
