/**
 * A passphrase journal that also has start-up work (issues 23 and 24), against the recording
 * stand-in for `electron`: the window the passphrase prompt opened is reloaded onto the preparing
 * page once the right passphrase starts the work, its calls then see only the work's progress, and
 * the same window is handed the whole contract when the journal is open.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createKeyring } from '../../../src/core/crypto/keyring';
import type { StartProgress } from '../../../src/shared/start';
import { TEST_SCRYPT_COST } from '../../fixtures/encryption';
import { fake, prepareAppFolder, startMainProcess } from '../../fixtures/fake-electron';
import { BEFORE_SEARCH, journalAt } from '../../fixtures/old-journal';
import { removeTempDir } from '../../fixtures/temp-dir';

vi.mock('electron', async () => (await import('../../fixtures/fake-electron')).electronModule);

const PASSPHRASE = 'the long walk home';
const APP_PAGE = 'app://tend/index.html';
const root = mkdtempSync(join(tmpdir(), 'tend-electron-passphrase-preparing-'));
const dataDir = join(root, 'data');
let undoStart = () => {};
const seen: StartProgress[] = [];
let lockedAnswer: unknown;
let busyAnswer: unknown;
let unlocked: unknown;

async function call(method: string, input: unknown = {}) {
  const handler = fake.rpc.handler;
  if (!handler) return null;
  return handler({ senderFrame: { url: APP_PAGE } }, method, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
}

beforeAll(async () => {
  const appPath = join(root, 'app');
  prepareAppFolder(appPath, { withNativeBuild: true });
  mkdirSync(dataDir, { recursive: true });
  // An older Tend's plaintext journal from before the search index, and a key an earlier session wrapped with a passphrase.
  journalAt(BEFORE_SEARCH, 4000, dataDir);
  await createKeyring({ file: join(dataDir, 'tend.key'), scryptCost: TEST_SCRYPT_COST }).unlock(PASSPHRASE);
  undoStart = await startMainProcess(appPath, dataDir);
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 45_000, interval: 5 });
  lockedAnswer = await call('people.list');
  const unlocking = call('lock.unlock', { passphrase: PASSPHRASE });
  // The work begins: the prompt's window is reloaded onto the preparing page, whose calls the work answers.
  await vi.waitFor(() => expect(fake.windows[0]!.webContents.reloads).toBe(1), { timeout: 45_000, interval: 5 });
  busyAnswer = await call('people.list');
  await vi.waitFor(
    async () => {
      const answer = await call('start.progress');
      if (answer?.ok && answer.value) seen.push(answer.value as StartProgress);
      expect(answer).toEqual({ ok: true, value: null });
    },
    { timeout: 60_000, interval: 5 },
  );
  unlocked = await unlocking;
}, 120_000);

afterAll(() => {
  undoStart();
  removeTempDir(root);
});

it('asks for the passphrase first, then reloads the same window onto the preparing page, which sees only the work', () => {
  expect(lockedAnswer).toMatchObject({ ok: false, error: { code: 'locked' } });
  expect(busyAnswer).toMatchObject({ ok: false, error: { code: 'busy' } });
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every((progress) => ['encryption', 'search-index'].includes(progress.work) && progress.done <= progress.total)).toBe(true);
  expect(unlocked).toMatchObject({ ok: true });
});

it('hands that one window the whole contract once the journal is open', async () => {
  expect(await call('people.list')).toMatchObject({ ok: true });
  expect(await call('encryption.status')).toMatchObject({ ok: true, value: { keyStorage: 'passphrase' } });
  // One main window (beside it only the quick capture's, made hidden at start).
  expect(fake.windows.map((window) => window.webContents.getURL())).toEqual([APP_PAGE, `${APP_PAGE}#/capture`]);
  expect(fake.windows[0]!.webContents.reloads).toBe(1);
  expect(fake.electron.dialog.errors).toEqual([]);
});
