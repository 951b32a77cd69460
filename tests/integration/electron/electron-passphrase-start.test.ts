/**
 * The desktop app with a passphrase (issue 24), end to end against the recording stand-in for
 * `electron`: the main window opens on the lock screen before any data is opened, wrong
 * passphrases leave the journal shut, the right one opens it, and Settings can then change the
 * passphrase (the key re-wrapped, the data untouched) or remove it (back to the keychain).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createKeyring } from '../../../src/core/crypto/keyring';
import { fake } from '../../fixtures/fake-electron';
import { startOnPassphrase } from '../../fixtures/passphrase-start';
import { removeTempDir } from '../../fixtures/temp-dir';

vi.mock('electron', async () => (await import('../../fixtures/fake-electron')).electronModule);

const PASSPHRASE = 'the long walk home';
const APP_PAGE = 'app://tend/index.html';
const root = mkdtempSync(join(tmpdir(), 'tend-electron-passphrase-'));
const dataDir = join(root, 'data');
const keyFile = join(dataDir, 'tend.key');
let undoStart = () => {};

async function call(method: string, input?: unknown) {
  const handler = fake.rpc.handler;
  if (!handler) throw new Error('no RPC handler registered');
  return handler({ senderFrame: { url: APP_PAGE } }, method, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
}

beforeAll(async () => {
  undoStart = (await startOnPassphrase(root, PASSPHRASE)).undo;
}, 60_000);

afterAll(() => {
  undoStart();
  removeTempDir(root);
});

describe('starting with a passphrase', () => {
  it('opens the main window on the app page, with its security settings, before opening any data', async () => {
    const [window] = fake.windows;
    expect(window!.webContents.getURL()).toBe(`${APP_PAGE}`);
    expect(window!.options).toMatchObject({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    expect(existsSync(join(dataDir, 'tend.sqlite'))).toBe(false);
    expect(fake.trays).toHaveLength(0);
    expect(await call('lock.status', {})).toEqual({ ok: true, value: { locked: true, passphrase: true, retryAt: null } });
    expect(await call('people.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('refuses a call from any other page, as the app does', async () => {
    const handler = fake.rpc.handler!;
    expect(await handler({ senderFrame: { url: 'https://example.com/' } }, 'lock.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'transport' } });
    expect(existsSync(join(dataDir, 'tend.sqlite'))).toBe(false);
  });

  it('keeps the journal shut on a wrong passphrase, and opens it on the right one', async () => {
    expect(await call('lock.unlock', { passphrase: 'the short walk home' })).toEqual({ ok: true, value: { unlocked: false, reason: 'wrong', retryAt: null } });
    expect(existsSync(join(dataDir, 'tend.sqlite'))).toBe(false);

    const unlocked = await call('lock.unlock', { passphrase: PASSPHRASE });
    expect(unlocked).toMatchObject({ ok: true, value: { unlocked: true, unlockToken: expect.any(String) } });
    // Answered only once everything is wired: the database, the tray, the quick-capture window.
    expect(existsSync(join(dataDir, 'tend.sqlite'))).toBe(true);
    expect(fake.trays).toHaveLength(1);
    expect(fake.windows).toHaveLength(2);
    expect(await call('people.save', { name: 'Priya Raman' })).toMatchObject({ ok: true });
    expect(await call('encryption.status', {})).toMatchObject({ ok: true, value: { keyStorage: 'passphrase' } });
    expect(fake.electron.dialog.errors).toEqual([]);
  }, 30_000);

  it('lets Settings change the passphrase (the same key, wrapped again) and remove it (the keychain keeps it)', async () => {
    const before = readFileSync(keyFile, 'utf8');
    expect(await call('encryption.setPassphrase', { current: 'not it at all', next: 'a newer passphrase' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'current' } });
    expect(readFileSync(keyFile, 'utf8')).toBe(before);

    expect(await call('encryption.setPassphrase', { current: PASSPHRASE, next: 'a newer passphrase' })).toMatchObject({ ok: true, value: { keyStorage: 'passphrase' } });
    const changed = createKeyring({ file: keyFile });
    expect(await changed.check('a newer passphrase')).toBe('ok');
    expect(await changed.check(PASSPHRASE)).toBe('wrong');

    expect(await call('encryption.setPassphrase', { current: 'a newer passphrase', next: null })).toMatchObject({ ok: true, value: { keyStorage: 'basic_text' } });
    expect(JSON.parse(readFileSync(keyFile, 'utf8'))).toMatchObject({ wrap: 'os' });
    // The data was never re-encrypted: the journal reads on with the key it opened with.
    expect(await call('people.list', {})).toMatchObject({ ok: true, value: [expect.objectContaining({ name: 'Priya Raman' })] });
  }, 60_000);
});
