import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { createBackup, pruneBackups, type BackupReason } from '../../../../src/core/backup/backups';
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
  async function backupsOver(db: Database, dir: string, clock: PinnedClock, reason: BackupReason, count: number, label = '') {
    const made: string[] = [];
    for (let i = 0; i < count; i++) {
      made.push(basename(await createBackup(db, dir, reason, clock, label)));
      clock.advance(DAY);
    }
    return made;
  }

  test('keeps the newest N of one reason and leaves other reasons and other files alone', async () => {
    const dir = tempDir();
    const db = liveJournal(dir);
    const backupDir = join(dir, 'backups');
    const clock = pinnedClock(TEST_START);
    const daily = await backupsOver(db, backupDir, clock, 'daily', 5);
    const manual = await backupsOver(db, backupDir, clock, 'manual', 2);
    const migration = [basename(await createBackup(db, backupDir, 'pre-migration', clock, 'v1'))];
    writeFileSync(join(backupDir, 'tend-daily-notes.txt'), 'not a backup');

    const removed = pruneBackups(backupDir, 'daily', 3);

    expect(removed).toEqual(daily.slice(0, 2));
    expect(readdirSync(backupDir).sort()).toEqual([...daily.slice(2), ...manual, ...migration, 'tend-daily-notes.txt'].sort());
  });

  test('keeping more than exist removes nothing; keeping 0 removes all of that reason', async () => {
    const dir = tempDir();
    const db = liveJournal(dir);
    const backupDir = join(dir, 'backups');
    const clock = pinnedClock(TEST_START);
    const daily = await backupsOver(db, backupDir, clock, 'daily', 2);
    const manual = await backupsOver(db, backupDir, clock, 'manual', 1);

    expect(pruneBackups(backupDir, 'daily', 10)).toEqual([]);
    expect(pruneBackups(backupDir, 'daily', 0)).toEqual(daily);
    expect(readdirSync(backupDir)).toEqual(manual);
  });

  test('orders by when a backup was taken, not by its label (v10 is newer than v9)', async () => {
    const dir = tempDir();
    const db = liveJournal(dir);
    const backupDir = join(dir, 'backups');
    const clock = pinnedClock(TEST_START);
    const older = await createBackup(db, backupDir, 'pre-migration', clock, 'v9');
    clock.advance(30 * DAY + HOUR);
    const newer = await createBackup(db, backupDir, 'pre-migration', clock, 'v10');

    expect(pruneBackups(backupDir, 'pre-migration', 1)).toEqual([basename(older)]);
    expect(existsSync(newer)).toBe(true);
    expect(existsSync(older)).toBe(false);
  });
});
