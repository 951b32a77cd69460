/**
 * Quitting from the start-up passphrase prompt (issue 24): closing the window before the key is
 * unwrapped quits Tend cleanly — no error, no database made, nothing left to drain.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { fake } from '../../fixtures/fake-electron';
import { startOnPassphrase } from '../../fixtures/passphrase-start';
import { removeTempDir } from '../../fixtures/temp-dir';

vi.mock('electron', async () => (await import('../../fixtures/fake-electron')).electronModule);

const root = mkdtempSync(join(tmpdir(), 'tend-electron-passphrase-quit-'));
const dataDir = join(root, 'data');
let undoStart = () => {};

beforeAll(async () => {
  undoStart = (await startOnPassphrase(root, 'the long walk home')).undo;
}, 60_000);

afterAll(() => {
  undoStart();
  removeTempDir(root);
});

it('quits when the prompt window is closed, having opened nothing', () => {
  const [window] = fake.windows;
  const preventDefault = vi.fn();
  window!.emit('close', { preventDefault });
  expect(preventDefault).not.toHaveBeenCalled();
  window!.destroy();
  expect(fake.electron.app.quits).toBe(1);
  expect(fake.electron.dialog.errors).toEqual([]);
  expect(existsSync(join(dataDir, 'tend.sqlite'))).toBe(false);
  expect(fake.trays).toHaveLength(0);
});
