/** What the user sees when the desktop app cannot start: one sentence, no stack, a clean exit. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { fake, prepareAppFolder, startMainProcess } from '../../fixtures/fake-electron';
import { removeTempDir } from '../../fixtures/temp-dir';

vi.mock('electron', async () => (await import('../../fixtures/fake-electron')).electronModule);

const root = mkdtempSync(join(tmpdir(), 'tend-electron-startup-'));
let undoStart = () => {};

beforeAll(async () => {
  // Started without `npm start` having prepared the Electron build of better-sqlite3.
  const appPath = join(root, 'app');
  prepareAppFolder(appPath, { withNativeBuild: false });
  undoStart = await startMainProcess(appPath, join(root, 'data'));
  await vi.waitFor(() => expect(fake.electron.app.exitCode).not.toBeNull());
});

afterAll(() => {
  undoStart();
  removeTempDir(root);
});

it('shows one actionable sentence, opens no window and exits with status 1', () => {
  expect(fake.electron.dialog.errors).toHaveLength(1);
  const [title, message] = fake.electron.dialog.errors[0]!;
  expect(title).toBe('Tend could not start');
  expect(message).toMatch(/has not been prepared for Electron 45\.4\.1.*Start Tend with `npm start`/);
  expect(message).not.toMatch(/\n\s+at /);
  expect(fake.windows).toHaveLength(0);
  expect(fake.electron.app.exitCode).toBe(1);
});
