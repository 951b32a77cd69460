/**
 * Damage that opening the file cannot see, in the desktop app: the window opens at once, the
 * integrity check after start finds the damage, and the native dialog restores the newest good
 * backup and starts Tend again on it.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { desktopKeyIn, fake, prepareAppFolder, startMainProcess } from '../../fixtures/fake-electron';
import { corruptTablePages } from '../../fixtures/corrupt';
import { openTend } from '../../../src/core/tend';
import { seedTeam } from '../../../bench/dataset';
import { pinnedClock } from '../../fixtures/clock';
import { TEST_START } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { countOnDisk } from '../../fixtures/sqlite-file';
import { removeTempDir } from '../../fixtures/temp-dir';

vi.mock('electron', async () => (await import('../../fixtures/fake-electron')).electronModule);

const root = mkdtempSync(join(tmpdir(), 'tend-electron-recovery-after-start-'));
const dataDir = join(root, 'data');
let backupFile = '';
let undoStart = () => {};

beforeAll(async () => {
  const tend = await openTend({ dataDir, appVersion: '0.0.0-test', host: 'electron', clock: pinnedClock(TEST_START) });
  await seedTeam(tend, 6);
  backupFile = expectOk(await tend.dispatch('backup.create')).file;
  tend.close();
  corruptTablePages(join(dataDir, 'tend.sqlite'), 'notes');
  const appPath = join(root, 'app');
  prepareAppFolder(appPath, { withNativeBuild: true });
  fake.electron.dialog.answers.push(0, 0);
  undoStart = await startMainProcess(appPath, dataDir);
});

afterAll(() => {
  undoStart();
  removeTempDir(root);
});

it('opens the window first, then offers the newest good backup, restores it and starts again', async () => {
  // The main window and the hidden quick-capture window.
  await vi.waitFor(() => expect(fake.windows).toHaveLength(2), { timeout: 10_000 });
  // The window was opened before any question about the file: the check is off the start path.
  expect(fake.electron.dialog.messages).toEqual([]);
  await vi.waitFor(() => expect(fake.electron.app.relaunches).toBe(1), { timeout: 10_000 });

  const [offer, done] = fake.electron.dialog.messages;
  expect(offer?.message).toBe('Tend found its database file damaged and has stopped saving to it.');
  expect(offer?.detail).toContain(backupFile);
  expect(offer?.buttons).toEqual(['Restore this backup', 'Quit']);
  expect(done?.message).toBe('Your journal is back.');
  const damaged = readdirSync(dataDir).filter((name) => /^tend\.damaged-.*\.sqlite$/.test(name));
  expect(damaged).toHaveLength(1);
  expect(done?.detail).toContain(join(dataDir, damaged[0]!));
  expect(existsSync(join(dataDir, 'tend.sqlite'))).toBe(true);
  // The desktop app encrypts: the restored plaintext backup was encrypted on its way in.
  expect(countOnDisk(join(dataDir, 'tend.sqlite'), 'people', desktopKeyIn(dataDir))).toBe(6);
  expect(fake.electron.app.exitCode).toBe(0);
  expect(fake.electron.dialog.errors).toEqual([]);
});
