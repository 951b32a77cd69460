import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { createBackup, partialBackupPath, pruneBackups, type BackupReason } from '../../../../src/core/backup/backups';
import { applyWriterPragmas, openDatabase, type Database } from '../../../../src/core/db/database';
import { DAY, HOUR, pinnedClock, type PinnedClock } from '../../../fixtures/clock';
import { TEST_START } from '../../../fixtures/open-test-tend';
import { inspectDatabase } from '../../../fixtures/sqlite-file';
import { modeOf, tempDir } from '../../../fixtures/temp-dir';

/** A live writer connection in WAL mode holding a small journal, closed when the test ends. */
function liveJournal(dir: string): Database {
  const db = openDatabase(join(dir, 'tend.sqlite'));
  onTestFinished(() => db.close());
  applyWriterPragmas(db);
  db.exec(`CREATE TABLE entries (day TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT`);
  return db;
}

function write(db: Database, day: string, body: string): void {
  db.transaction(() => db.run(`INSERT INTO entries (day, body) VALUES (?, ?)`, [day, body]));
}

function daysIn(file: string): string[] {
  return inspectDatabase(file, (raw) => raw.prepare(`SELECT day FROM entries ORDER BY day`).pluck().all() as string[]);
}

describe('createBackup', () => {
  test('snapshots a live WAL database, including rows still only in the WAL, and nothing written afterwards', async () => {
    const dir = tempDir();
    const db = liveJournal(dir);
    write(db, '2026-11-21', 'Good 1:1 with Ana.');
    write(db, '2026-11-22', 'Ben seemed stuck.');
    // The rows are committed but not checkpointed: a plain copy of the main file would lose them.
    expect(statSync(`${db.file}-wal`).size).toBeGreaterThan(0);
    const naiveCopy = join(dir, 'naive-copy.sqlite');
    copyFileSync(db.file, naiveCopy);
    expect(() => daysIn(naiveCopy)).toThrow(/no such table/);

    const backup = await createBackup(db, join(dir, 'backups'), 'manual', pinnedClock(TEST_START));
    write(db, '2026-11-23', 'Written after the snapshot.');

    expect(daysIn(backup)).toEqual(['2026-11-21', '2026-11-22']);
    inspectDatabase(backup, (raw) => expect(raw.pragma('quick_check', { simple: true })).toBe('ok'));
    expect(daysIn(db.file)).toEqual(['2026-11-21', '2026-11-22', '2026-11-23']);
  });

  test('names the file after its reason, label and instant, inside a folder only the user can read', async () => {
    const dir = tempDir();
    const db = liveJournal(dir);
    const backupDir = join(dir, 'backups');

    const backup = await createBackup(db, backupDir, 'pre-migration', pinnedClock(TEST_START), 'v1');

    expect(basename(backup)).toBe('tend-pre-migration-v1-2026-11-23T14-00-00-000Z.sqlite');
    expect(modeOf(backupDir)).toBe(0o700);
    expect(modeOf(backup)).toBe(0o600);
  });

  test('a backup takes its name only once it is whole and in rollback-journal mode: a kill before leaves a temporary file the next start removes, never a half backup', async () => {
    const dir = tempDir();
    const db = liveJournal(dir);
    write(db, '2026-11-21', 'Good 1:1 with Ana.');
    const backupDir = join(dir, 'backups');
    const final = join(backupDir, 'tend-manual-2026-11-23T14-00-00-000Z.sqlite');
    const written: { to: string; namesMeanwhile: string[] }[] = [];
    // The same connection, noting where the backup API writes and what the folder holds as it does.
    const watched: Database = {
      ...db,
      backupTo: async (destination) => {
        await db.backupTo(destination);
        written.push({ to: destination, namesMeanwhile: readdirSync(backupDir) });
      },
    };

    const backup = await createBackup(watched, backupDir, 'manual', pinnedClock(TEST_START));

    expect(backup).toBe(final);
    expect(written).toHaveLength(1);
    expect(written[0]!.to).toBe(partialBackupPath(final));
    expect(written[0]!.namesMeanwhile).toEqual([basename(partialBackupPath(final))]);
    // Bytes 18 and 19 of an SQLite file are 2 in WAL mode, 1 with a rollback journal.
    const header = readFileSync(final).subarray(18, 20);
    expect([...header]).toEqual([1, 1]);
    expect(readdirSync(backupDir).sort()).toEqual([basename(final), `${basename(final)}.json`]);
    expect(daysIn(final)).toEqual(['2026-11-21']);
  });

  test('tightens an existing backups folder that others could read', async () => {
    const dir = tempDir();
    const db = liveJournal(dir);
    const backupDir = join(dir, 'backups');
    mkdirSync(backupDir, { mode: 0o755 });

    await createBackup(db, backupDir, 'daily', pinnedClock(TEST_START));

    expect(modeOf(backupDir)).toBe(0o700);
  });
});

describe('pruneBackups', () => {
  test('applies retention to the folder by the instant in each name, removing sidecars, leaving other files alone', async () => {
    const dir = tempDir();
    const db = liveJournal(dir);
    const backupDir = join(dir, 'backups');
    const clock = pinnedClock('2026-10-01T14:00:00.000Z');
    const made: string[] = [];
    for (let i = 0; i < 10; i++) {
      made.push(basename(await createBackup(db, backupDir, 'daily', clock)));
      clock.advance(DAY);
    }
    writeFileSync(join(backupDir, 'tend-daily-notes.txt'), 'not a backup');

    const removed = pruneBackups(backupDir, clock(), { daily: 3, weekly: 0, monthly: 0, protectedDays: 30 });

    expect(removed.sort()).toEqual(made.slice(0, 7).sort());
    expect(readdirSync(backupDir).sort()).toEqual(
      [...made.slice(7).flatMap((f) => [f, `${f}.json`]), 'tend-daily-notes.txt'].sort(),
    );
  });

  test('two backups at the same instant get different names (the later one a millisecond on)', async () => {
    const dir = tempDir();
    const db = liveJournal(dir);
    const clock = pinnedClock(TEST_START);
    const first = await createBackup(db, join(dir, 'backups'), 'manual', clock);
    const second = await createBackup(db, join(dir, 'backups'), 'manual', clock);
    expect(basename(first)).toBe('tend-manual-2026-11-23T14-00-00-000Z.sqlite');
    expect(basename(second)).toBe('tend-manual-2026-11-23T14-00-00-001Z.sqlite');
    expect(existsSync(first) && existsSync(second)).toBe(true);
  });

  test('a backup is one self-contained file: no -wal beside it, rollback journal mode', async () => {
    const dir = tempDir();
    const db = liveJournal(dir);
    write(db, '2026-11-21', 'Good 1:1 with Ana.');
    const backup = await createBackup(db, join(dir, 'backups'), 'manual', pinnedClock(TEST_START));
    expect(existsSync(`${backup}-wal`)).toBe(false);
    inspectDatabase(backup, (raw) => expect(raw.pragma('journal_mode', { simple: true })).toBe('delete'));
  });
});
