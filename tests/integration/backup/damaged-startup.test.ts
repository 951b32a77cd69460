import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BACKUP_DIR, DatabaseDamagedError, openTend, recoverFromBackup, StartupError } from '../../../src/core/tend';
import { seedTeam } from '../../../bench/dataset';
import { HOUR, pinnedClock } from '../../fixtures/clock';
import { openTestTend, TEST_START } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { fingerprint } from '../../fixtures/sqlite-file';
import { corruptMiddle } from '../../fixtures/corrupt';

async function expectDamaged(dataDir: string): Promise<DatabaseDamagedError> {
  const error = await openTend({ dataDir, appVersion: '0.0.0-test', host: 'web', clock: pinnedClock(TEST_START) }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatabaseDamagedError);
  expect(error).toBeInstanceOf(StartupError);
  return error as DatabaseDamagedError;
}

describe('a damaged database at start-up', () => {
  test('is not opened: the typed error names the file and the newest good backup, and recovery keeps the damaged file aside', async () => {
    const clock = pinnedClock(TEST_START);
    const { tend, dataDir } = await openTestTend({ clock });
    await seedTeam(tend, 12);
    const good = expectOk(await tend.dispatch('backup.create'));
    // A newer backup that is itself damaged must be skipped when offering one.
    clock.advance(HOUR);
    const bad = expectOk(await tend.dispatch('backup.create'));
    corruptMiddle(join(dataDir, BACKUP_DIR, bad.file));
    tend.close();
    const databaseFile = join(dataDir, 'tend.sqlite');
    corruptMiddle(databaseFile);
    const damaged = fingerprint(databaseFile);

    const error = await expectDamaged(dataDir);

    expect(error.databaseFile).toBe(databaseFile);
    expect(error.newestGoodBackup).toBe(join(dataDir, BACKUP_DIR, good.file));
    expect(error.message).toMatch(/not a readable Tend database/);
    expect(fingerprint(databaseFile)).toEqual(damaged);

    clock.advance(HOUR);
    const recovery = recoverFromBackup(dataDir, basename(error.newestGoodBackup!), { clock });

    expect(recovery.damagedFile).toBe(join(dataDir, 'tend.damaged-2026-11-23T16-00-00-000Z.sqlite'));
    expect(fingerprint(recovery.damagedFile).sha256).toBe(damaged.sha256);
    expect(recovery.restoredFrom).toBe(join(dataDir, BACKUP_DIR, good.file));
    const reopened = await openTestTend({ dataDir, clock });
    expect(expectOk(await reopened.tend.dispatch('people.list'))).toHaveLength(12);
    expect(readdirSync(dataDir).filter((f) => f.includes('incoming'))).toEqual([]);
  });

  test('with no good backup the error says so and offers none', async () => {
    const { tend, dataDir } = await openTestTend();
    await seedTeam(tend, 12);
    tend.close();
    corruptMiddle(join(dataDir, 'tend.sqlite'));
    const error = await expectDamaged(dataDir);
    expect(error.newestGoodBackup).toBeNull();
    expect(error.message).toMatch(/No good backup was found/);
  });

  test('recovery refuses a backup that fails the checks and changes nothing', async () => {
    const { tend, dataDir } = await openTestTend();
    await seedTeam(tend, 12);
    const taken = expectOk(await tend.dispatch('backup.create'));
    tend.close();
    const backup = join(dataDir, BACKUP_DIR, taken.file);
    corruptMiddle(backup);
    const before = fingerprint(join(dataDir, 'tend.sqlite'));
    expect(() => recoverFromBackup(dataDir, taken.file)).toThrow(/damaged/);
    expect(fingerprint(join(dataDir, 'tend.sqlite'))).toEqual(before);
    expect(readdirSync(dataDir).filter((f) => f.startsWith('tend.damaged') || f.includes('incoming'))).toEqual([]);
    expect(() => recoverFromBackup(dataDir, '/etc/passwd')).toThrow(/Choose a backup/);
    expect(existsSync(backup)).toBe(true);
  });
});
