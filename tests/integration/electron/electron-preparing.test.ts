/**
 * Start-up work in the desktop app (issue 23), against the recording stand-in for `electron`: a
 * plaintext journal from before the search index opens the main window at once on the preparing
 * page, whose calls see the work's progress (encrypting, then building the search index) and
 * nothing else, until the journal is open and the whole contract answers.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { StartProgress } from '../../../src/shared/start';
import { fake, prepareAppFolder, startMainProcess } from '../../fixtures/fake-electron';
import { BEFORE_SEARCH, journalAt } from '../../fixtures/old-journal';
import { removeTempDir } from '../../fixtures/temp-dir';

vi.mock('electron', async () => (await import('../../fixtures/fake-electron')).electronModule);

const APP_PAGE = 'app://tend/index.html';
const root = mkdtempSync(join(tmpdir(), 'tend-electron-preparing-'));
const dataDir = join(root, 'data');
let undoStart = () => {};
const seen: StartProgress[] = [];
let refused: unknown;

async function call(method: string, input: unknown = {}) {
  const handler = fake.rpc.handler;
  if (!handler) return null;
  return handler({ senderFrame: { url: APP_PAGE } }, method, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
}

beforeAll(async () => {
  const appPath = join(root, 'app');
  prepareAppFolder(appPath, { withNativeBuild: true });
  mkdirSync(dataDir, { recursive: true });
  journalAt(BEFORE_SEARCH, 4000, dataDir);
  undoStart = await startMainProcess(appPath, dataDir);
  // The window opens at the first step; its page asks how far the work has got, as it does every 250 ms.
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 45_000, interval: 5 });
  refused ??= await call('people.list');
  await vi.waitFor(
    async () => {
      const answer = await call('start.progress');
      if (answer?.ok && answer.value) seen.push(answer.value as StartProgress);
      expect(answer).toEqual({ ok: true, value: null });
    },
    { timeout: 60_000, interval: 5 },
  );
}, 120_000);

afterAll(() => {
  undoStart();
  removeTempDir(root);
});

it('opens the main window on the app page while the journal is prepared, and answers only the work meanwhile', () => {
  expect(fake.windows[0]!.webContents.getURL()).toBe(APP_PAGE);
  expect(refused).toMatchObject({ ok: false, error: { code: 'busy' } });
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every((progress) => ['encryption', 'search-index'].includes(progress.work) && progress.done <= progress.total)).toBe(true);
});

it('hands the window to the whole contract once the journal is open', async () => {
  expect(await call('people.list')).toMatchObject({ ok: true });
  expect(fake.windows.filter((window) => window.webContents.getURL() === APP_PAGE)).toHaveLength(1);
  expect(fake.electron.dialog.errors).toEqual([]);
});
