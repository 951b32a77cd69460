import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../src/core/db/migrate';
import { BACKUP_DIR, type Tend } from '../../../src/core/tend';
import { DATA_AREAS, type EventPayloads } from '../../../src/shared/contract';
import { HOUR } from '../../fixtures/clock';
import { corruptMiddle } from '../../fixtures/corrupt';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';
import { buildDatabaseAtVersion, peopleSeededUpTo } from '../../fixtures/schemas';
import { fingerprint, userVersionOf } from '../../fixtures/sqlite-file';
import { modeOf } from '../../fixtures/temp-dir';

async function names(tend: Tend): Promise<string[]> {
  return expectOk(await tend.dispatch('people.list', { includeArchived: true })).map((p) => p.name).sort();
}

describe('backup.restore', () => {
  test('the reminder record the scheduler holds follows the restored database, not the closed one', async () => {
    const { tend } = await openTestTend();
    expectOk(await tend.dispatch('people.save', { name: 'Ana Lima' }));
    const taken = expectOk(await tend.dispatch('backup.create'));
    expectOk(await tend.dispatch('backup.restore', { file: taken.file }));
    expect(tend.reminders.missed()).toEqual([]);
    expect(expectOk(await tend.dispatch('reminders.missed'))).toEqual([]);
  });

  test('brings back a backup, keeps the current state in a pre-restore backup, announces every area, and keeps working', async () => {
    const { tend, dataDir, clock } = await openTestTend();
    expectOk(await tend.dispatch('people.save', { name: 'Ana Lima' }));
    expectOk(await tend.dispatch('people.save', { name: 'Ben Okafor' }));
    const taken = expectOk(await tend.dispatch('backup.create'));
    expect(taken).toMatchObject({ reason: 'manual', people: 2, notes: 0, schemaVersion: LATEST_SCHEMA_VERSION });
    clock.advance(HOUR);
    const cleo = expectOk(await tend.dispatch('people.save', { name: 'Cleo Park' }));
    expectOk(await tend.dispatch('notes.save', { personId: cleo.id, body: 'Started today.' }));
    const events: EventPayloads['data.changed'][] = [];
    tend.onDataChanged((e) => events.push(e));

    const outcome = expectOk(await tend.dispatch('backup.restore', { file: taken.file }));

    expect(await names(tend)).toEqual(['Ana Lima', 'Ben Okafor']);
    expect(outcome.restored.file).toBe(taken.file);
    expect(outcome.safetyBackup).toMatchObject({ reason: 'pre-restore', people: 3, notes: 1 });
    expect(events).toEqual([{ method: 'backup.restore', touches: DATA_AREAS }]);
    // The dispatcher writes to the reopened file, and what it writes is there after a restart.
    expectOk(await tend.dispatch('people.save', { name: 'Dara Quinn' }));
    expect(readdirSync(dataDir).filter((f) => f.includes('incoming'))).toEqual([]);
    tend.close();
    const reopened = await openTestTend({ dataDir, clock });
    expect(await names(reopened.tend)).toEqual(['Ana Lima', 'Ben Okafor', 'Dara Quinn']);
    expect(modeOf(join(dataDir, 'tend.sqlite'))).toBe(0o600);
    // The state before the restore can itself be restored.
    expectOk(await reopened.tend.dispatch('backup.restore', { file: outcome.safetyBackup.file }));
    expect(await names(reopened.tend)).toEqual(['Ana Lima', 'Ben Okafor', 'Cleo Park']);
  });

  test('after a restore the database closes cleanly and opens again (the restored file was checked on its own connection)', async () => {
    const { tend, dataDir } = await openTestTend();
    expectOk(await tend.dispatch('people.save', { name: 'Sam Rivera' }));
    const backup = expectOk(await tend.dispatch('backup.create'));
    expectOk(await tend.dispatch('people.save', { name: 'Ines García' }));
    expectOk(await tend.dispatch('backup.restore', { file: backup.file }));
    // A second restore in the same run needs the live connection the first one opened.
    expectOk(await tend.dispatch('backup.restore', { file: backup.file }));

    expect(() => tend.close()).not.toThrow();
    const reopened = await openTestTend({ dataDir });
    expect(expectOk(await reopened.tend.dispatch('people.list')).map((p) => p.name)).toEqual(['Sam Rivera']);
    reopened.tend.close();
  });

  test('a backup from an older schema is migrated on the way in (the backup itself is left as it was)', async () => {
    const { tend, dataDir } = await openTestTend();
    expectOk(await tend.dispatch('people.save', { name: 'Cleo Park' }));
    const name = 'tend-daily-2026-01-05T12-00-00-000Z.sqlite';
    mkdirSync(join(dataDir, BACKUP_DIR));
    buildDatabaseAtVersion(join(dataDir, BACKUP_DIR, name), 1);

    const outcome = expectOk(await tend.dispatch('backup.restore', { file: name }));

    expect(outcome.restored).toMatchObject({ file: name, schemaVersion: 1, people: 2 });
    expect(await names(tend)).toEqual([...peopleSeededUpTo(1)].sort());
    expect(userVersionOf(join(dataDir, 'tend.sqlite'))).toBe(LATEST_SCHEMA_VERSION);
    expect(userVersionOf(join(dataDir, BACKUP_DIR, name))).toBe(1);
    expectOk(await tend.dispatch('notes.save', { personId: expectOk(await tend.dispatch('people.list'))[0]!.id, body: 'Works on the migrated file.' }));
  });

  test('lists backups newest first with when, why, size and counts', async () => {
    const { tend, clock } = await openTestTend();
    expectOk(await tend.dispatch('people.save', { name: 'Ana Lima' }));
    expectOk(await tend.dispatch('backup.create'));
    clock.advance(HOUR);
    expectOk(await tend.dispatch('people.save', { name: 'Ben Okafor' }));
    expectOk(await tend.dispatch('backup.create'));
    const list = expectOk(await tend.dispatch('backup.list'));
    expect(list.map((b) => [b.takenAt, b.reason, b.people])).toEqual([
      ['2026-11-23T15:00:00.000Z', 'manual', 2],
      ['2026-11-23T14:00:00.000Z', 'manual', 1],
    ]);
    expect(list.every((b) => b.size > 0)).toBe(true);
    const status = expectOk(await tend.dispatch('backup.status'));
    expect(status.newest).toEqual(list[0]);
    expect(status.databaseSize).toBeGreaterThan(0);
  });

  describe('refuses a candidate, saying why, and leaves everything as it was', () => {
    type Make = (backupDir: string, good: string) => void;
    const NAME = 'tend-manual-2026-11-01T12-00-00-000Z.sqlite';
    test.each<[string, Make, RegExp]>([
      ['not SQLite', (dir) => writeFileSync(join(dir, NAME), 'name,role\nAna,Engineer\n'.repeat(20)), /not an SQLite database/],
      [
        'damaged',
        (dir, good) => {
          copyFileSync(good, join(dir, NAME));
          corruptMiddle(join(dir, NAME));
        },
        /damaged/,
      ],
      [
        'from a newer schema',
        (dir, good) => {
          copyFileSync(good, join(dir, NAME));
          const db = new BetterSqlite3(join(dir, NAME));
          db.pragma('user_version = 99');
          db.close();
        },
        /newer version of Tend \(schema 99\)/,
      ],
      [
        'missing tables',
        (dir) => {
          const db = new BetterSqlite3(join(dir, NAME));
          db.exec('CREATE TABLE people (id TEXT PRIMARY KEY)');
          db.pragma('user_version = 2');
          db.close();
        },
        /no goals, important_dates, matters, notes, personal_details, progress_notes table/,
      ],
    ])('%s', async (_, make, why) => {
      const { tend, dataDir } = await openTestTend();
      for (let i = 0; i < 30; i++) expectOk(await tend.dispatch('people.save', { name: `Person ${i}`, role: 'Engineer '.repeat(20) }));
      const good = expectOk(await tend.dispatch('backup.create'));
      const backupDir = join(dataDir, BACKUP_DIR);
      make(backupDir, join(backupDir, good.file));
      const before = { people: await names(tend), backups: readdirSync(backupDir).sort(), data: readdirSync(dataDir).sort(), db: fingerprint(join(dataDir, 'tend.sqlite')) };

      const error = expectError(await tend.dispatch('backup.restore', { file: NAME }));

      expect(error).toMatchObject({ code: 'invalid_input', field: 'file' });
      expect(error.message).toMatch(why);
      expect(error.message.split('. ').length).toBe(1);
      expect({ people: await names(tend), backups: readdirSync(backupDir).sort(), data: readdirSync(dataDir).sort(), db: fingerprint(join(dataDir, 'tend.sqlite')) }).toEqual(before);
    });

    test('a path instead of a backup name, or a name that is not there', async () => {
      const { tend } = await openTestTend();
      expect(expectError(await tend.dispatch('backup.restore', { file: '../tend.sqlite' }))).toMatchObject({ code: 'invalid_input', field: 'file' });
      expect(expectError(await tend.dispatch('backup.restore', { file: `../${NAME}` }))).toMatchObject({ code: 'invalid_input', field: 'file' });
      expect(expectError(await tend.dispatch('backup.restore', { file: NAME }))).toMatchObject({ code: 'not_found', field: 'file' });
    });
  });
});
