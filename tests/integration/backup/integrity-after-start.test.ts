import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IN_RECOVERY } from '../../../src/shared/recovery';
import { BACKUP_DIR, DatabaseDamagedError, type Tend } from '../../../src/core/tend';
import { seedTeam } from '../../../bench/dataset';
import { corruptTablePages } from '../../fixtures/corrupt';
import { DAY, pinnedClock } from '../../fixtures/clock';
import { openTestTend, TEST_START } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { fingerprint } from '../../fixtures/sqlite-file';
import { tempDir } from '../../fixtures/temp-dir';

/** Runs `source` (an ES module that may import the project's TypeScript) in a Node process of its own. */
function runInNode(source: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], {
      cwd: resolve('.'),
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, TEND_LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.once('error', fail);
    child.once('exit', (code) => done({ code, stdout }));
  });
}

/** A folder with a team, a good backup, and the notes table's pages damaged while Tend was closed. */
async function damagedFolder(): Promise<{ dataDir: string; backup: string }> {
  const { tend, dataDir } = await openTestTend();
  await seedTeam(tend, 12);
  const backup = expectOk(await tend.dispatch('backup.create')).file;
  tend.close();
  corruptTablePages(join(dataDir, 'tend.sqlite'), 'notes');
  return { dataDir, backup };
}

function damagedFrom(tend: Tend): Promise<DatabaseDamagedError> {
  return new Promise((resolve) => tend.integrity.onDamaged(resolve));
}

describe('the integrity check after start', () => {
  test('is not on the start path: Tend opens and answers, then the check runs once the first answer is out', async () => {
    const { tend } = await openTestTend();
    expect(tend.integrity.state()).toBe('checking');
    expectOk(await tend.dispatch('people.list'));
    await tend.integrity.passed;
    expect(tend.integrity.state()).toBe('passed');
  });

  test('a process that awaits the check without ever calling the core stays alive until it has run (the startup bench ended silently mid-await)', async () => {
    const dataDir = tempDir('tend-awaits-check');
    const tendModule = JSON.stringify(resolve('src/core/tend.ts'));
    const { code, stdout } = await runInNode(`
      const { openTend } = await import(${tendModule});
      const tend = await openTend({ dataDir: ${JSON.stringify(dataDir)}, appVersion: '0.0.0-test', host: 'web' });
      await tend.afterStart;
      process.stdout.write(tend.integrity.state());
      tend.close();
    `);
    expect({ code, stdout }).toEqual({ code: 0, stdout: 'passed' });
  }, 60_000);

  test('a write made while the first check runs waits for it, then saves', async () => {
    const { tend } = await openTestTend();
    const saved = tend.dispatch('people.save', { name: 'Ana Lima' });
    expect(tend.integrity.state()).toBe('checking');
    expect(expectOk(await saved).name).toBe('Ana Lima');
    expect(tend.integrity.state()).toBe('passed');
  });

  test('on a damaged file: the first reads answer, the check names the newest good backup, and nothing is ever written to the file', async () => {
    const { dataDir, backup } = await damagedFolder();
    const databaseFile = join(dataDir, 'tend.sqlite');
    const before = fingerprint(databaseFile);
    // The start is as quick as on a sound file: header and schema read fine.
    const { tend } = await openTestTend({ dataDir, clock: pinnedClock(TEST_START) });
    const damaged = damagedFrom(tend);
    tend.startReminders({ attention: tend.attentionForReminders });
    const team = expectOk(await tend.dispatch('people.list'));
    expect(team).toHaveLength(12);
    // A write sent before the verdict waits for it, and is refused.
    const write = await tend.dispatch('people.save', { name: 'Written too early' });
    expect(write).toEqual({ ok: false, error: { code: 'conflict', message: IN_RECOVERY } });

    const error = await damaged;
    expect(error).toBeInstanceOf(DatabaseDamagedError);
    expect(error.newestGoodBackup).toBe(join(dataDir, BACKUP_DIR, backup));
    await expect(tend.integrity.passed).rejects.toBeInstanceOf(DatabaseDamagedError);
    expect(tend.integrity.state()).toBe('damaged');
    expect(await tend.dispatch('notes.save', { personId: team[0]!.id, body: 'later' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // No start-up backup of the damaged file either, and the reminder scheduler (which records what
    // it shows) never ran: the file's bytes are the same after closing.
    await tend.afterStart;
    expect(readdirSync(join(dataDir, BACKUP_DIR)).filter((name) => name.startsWith('tend-daily-'))).toEqual([]);
    tend.close();
    expect(fingerprint(databaseFile).sha256).toBe(before.sha256);
  });

  test('the daily check finds damage that appears while Tend is open, and holds every write from then on', async () => {
    const clock = pinnedClock(TEST_START);
    const { tend, dataDir } = await openTestTend({ clock });
    await seedTeam(tend, 12);
    await tend.integrity.passed;
    // Checkpoint so the notes' pages live in the main file, then damage them under the open connection.
    tend.close();
    const reopened = await openTestTend({ dataDir, clock });
    expectOk(await reopened.tend.dispatch('people.list'));
    expect(await reopened.tend.integrity.recheck()).toBe('passed');
    clock.advance(DAY);
    corruptTablePages(join(dataDir, 'tend.sqlite'), 'notes');
    const damaged = damagedFrom(reopened.tend);
    expect(await reopened.tend.integrity.recheck()).toBe('damaged');
    expect(await damaged).toBeInstanceOf(DatabaseDamagedError);
    expect(await reopened.tend.dispatch('people.save', { name: 'After the damage' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
