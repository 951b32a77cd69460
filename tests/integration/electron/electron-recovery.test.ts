/** A damaged database at start-up in the desktop app: a native dialog offers the newest good backup. */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { fake, prepareAppFolder, startMainProcess } from '../../fixtures/fake-electron';
import { corruptMiddle } from '../../fixtures/corrupt';
import { openTend } from '../../../src/core/tend';
import { pinnedClock } from '../../fixtures/clock';
import { TEST_START } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { removeTempDir } from '../../fixtures/temp-dir';

vi.mock('electron', async () => (await import('../../fixtures/fake-electron')).electronModule);

const root = mkdtempSync(join(tmpdir(), 'tend-electron-recovery-'));
const dataDir = join(root, 'data');
let backupFile = '';
let undoStart = () => {};

beforeAll(async () => {
  const tend = await openTend({ dataDir, appVersion: '0.0.0-test', host: 'electron', clock: pinnedClock(TEST_START) });
  expectOk(await tend.dispatch('people.save', { name: 'Sam Rivera' }));
  backupFile = expectOk(await tend.dispatch('backup.create')).file;
  tend.close();
  corruptMiddle(join(dataDir, 'tend.sqlite'));
  const appPath = join(root, 'app');
  prepareAppFolder(appPath, { withNativeBuild: true });
  fake.electron.dialog.answers.push(0);
  undoStart = await startMainProcess(appPath, dataDir);
  // The main window and the hidden quick-capture window.
  await vi.waitFor(() => expect(fake.windows).toHaveLength(2), { timeout: 10_000 });
});

afterAll(() => {
  undoStart();
  removeTempDir(root);
});

it('offers the newest good backup, restores it on “Restore this backup”, keeps the damaged file and opens the window', async () => {
  const [offer, done] = fake.electron.dialog.messages;
  expect(offer?.message).toBe('Tend’s database file is damaged, so Tend did not open it.');
  expect(offer?.detail).toContain(backupFile);
  expect(offer?.detail).toContain(join(dataDir, 'tend.sqlite'));
  expect(offer?.buttons).toEqual(['Restore this backup', 'Quit']);
  expect(done?.message).toBe('Your journal is back.');
  const damaged = readdirSync(dataDir).filter((name) => /^tend\.damaged-.*\.sqlite$/.test(name));
  expect(damaged).toHaveLength(1);
  expect(done?.detail).toContain(join(dataDir, damaged[0]!));
  expect(existsSync(join(dataDir, 'tend.sqlite'))).toBe(true);
  expect(fake.electron.dialog.errors).toEqual([]);
});
