/**
 * Quick capture from anywhere (issue 23), wired end to end in the main process against the
 * recording stand-in for `electron` (no Electron binary runs here; TOOLCHAIN.md): the pre-created
 * hidden window, the global shortcut and its conflicts, the tray item, and the window's IPC limited
 * to the quick-log methods.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CAPTURE_METHODS, DEFAULT_CAPTURE_SHORTCUT } from '../../../src/shared/capture';
import { fake, prepareAppFolder, startMainProcess } from '../../fixtures/fake-electron';
import { removeTempDir } from '../../fixtures/temp-dir';

vi.mock('electron', async () => (await import('../../fixtures/fake-electron')).electronModule);

const root = mkdtempSync(join(tmpdir(), 'tend-quick-capture-'));
const appPath = join(root, 'app');
const dataDir = join(root, 'data');
let undoStart = () => {};

const mainWindow = () => fake.windows[0]!;
const captureWindow = () => fake.windows[1]!;

/** One call over the RPC channel as a window's page makes it: its contents and its frame's address. */
async function callFrom(window: (typeof fake.windows)[number], method: string, input?: unknown) {
  const handler = fake.rpc.handler;
  if (!handler) throw new Error('no RPC handler registered');
  return (await handler({ sender: window.webContents, senderFrame: { url: window.webContents.getURL() } }, method, input)) as {
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string };
  };
}

beforeAll(async () => {
  prepareAppFolder(appPath, { withNativeBuild: true });
  undoStart = await startMainProcess(appPath, dataDir);
  await vi.waitFor(() => expect([fake.windows.length, fake.electron.dialog.errors]).toEqual([2, []]));
  // Opening the core and migrating a new database, on a machine shared with other test runs.
}, 30_000);

afterAll(() => {
  undoStart();
  removeTempDir(root);
});

describe('quick capture in the desktop app', () => {
  it('pre-creates a small, hidden, always-on-top window on the capture view, with the main window’s security settings', () => {
    const window = captureWindow();
    expect(window.options).toMatchObject({ show: false, alwaysOnTop: true, skipTaskbar: true, resizable: false, width: 560, height: 220 });
    expect(window.options.webPreferences).toEqual(mainWindow().options.webPreferences);
    expect(window.webContents.getURL()).toBe('app://tend/index.html#/capture');
    expect(window.visible).toBe(false);
  });

  it('registers Ctrl/Cmd+Shift+Space; pressing it shows and focuses the window already loaded, on the pointer’s display', () => {
    const press = fake.electron.globalShortcut.registered.get(DEFAULT_CAPTURE_SHORTCUT);
    expect(press).toBeTypeOf('function');
    const windows = fake.windows.length;
    press!();
    expect(fake.windows).toHaveLength(windows);
    expect(captureWindow().visible).toBe(true);
    expect(captureWindow().focused).toBe(1);
    expect(captureWindow().position).toEqual([680, 216]);
  });

  it('closing it (Esc, Enter after a save, the close button) only hides it, so the next press is instant and the line is kept', () => {
    const preventDefault = vi.fn();
    captureWindow().emit('close', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(captureWindow().visible).toBe(false);
    expect(captureWindow().destroyed).toBe(false);
  });

  it('opens from the tray’s “Quick capture…” too', () => {
    const item = fake.trays[0]!.menu!.items.find((entry) => entry.label === 'Quick capture…');
    item!.click!();
    expect(captureWindow().visible).toBe(true);
  });

  it('lets the capture window call the quick-log methods, and refuses it every other method', async () => {
    const person = await callFrom(mainWindow(), 'people.save', { name: 'Sam Okafor' });
    expect(person.ok).toBe(true);
    const saved = await callFrom(captureWindow(), 'quickLog.save', { line: '@Sam: noticed she stayed late for the launch' });
    expect(saved).toMatchObject({ ok: true, value: { type: 'note', personName: 'Sam Okafor' } });
    for (const method of CAPTURE_METHODS.filter((name) => name !== 'quickLog.save')) {
      const input = { 'quickLog.parse': { line: '@Sam 5m' }, 'privateState.save': { set: [{ key: 'tend.draft:capture:line', value: '{}' }] } }[method as string];
      expect((await callFrom(captureWindow(), method, input)).ok, method).toBe(true);
    }
    const id = (person.value as { id: string }).id;
    for (const [method, input] of [
      ['people.delete', { id }],
      ['settings.set', { theme: 'dark' }],
      ['archive.export', { format: 'json' }],
      ['capture.status', {}],
    ] as const) {
      expect(await callFrom(captureWindow(), method, input)).toEqual({
        ok: false,
        error: { code: 'transport', message: 'This window can only log a quick line; open Tend for the rest.' },
      });
    }
    // Even when its page goes elsewhere: the limit follows the window, not its address.
    captureWindow().webContents.url = 'app://tend/index.html#/settings';
    expect((await callFrom(captureWindow(), 'people.delete', { id })).ok).toBe(false);
    captureWindow().webContents.url = 'app://tend/index.html#/capture';
    // The main window keeps the whole contract.
    expect((await callFrom(mainWindow(), 'people.get', { id })).ok).toBe(true);
  });

  it('follows the shortcut set in Settings, and reports a shortcut another app holds', async () => {
    expect(await callFrom(mainWindow(), 'capture.status', {})).toEqual({
      ok: true,
      value: { shortcut: DEFAULT_CAPTURE_SHORTCUT, state: 'registered', message: null },
    });
    expect((await callFrom(mainWindow(), 'settings.set', { captureShortcut: 'Alt+Space' })).ok).toBe(true);
    expect([...fake.electron.globalShortcut.registered.keys()]).toEqual(['Alt+Space']);

    fake.electron.globalShortcut.taken.add('Control+Alt+K');
    expect((await callFrom(mainWindow(), 'settings.set', { captureShortcut: 'Control+Alt+K' })).ok).toBe(true);
    expect(await callFrom(mainWindow(), 'capture.status', {})).toEqual({
      ok: true,
      value: { shortcut: 'Control+Alt+K', state: 'refused', message: 'Control+Alt+K is taken by another app or by your desktop; choose another shortcut.' },
    });
    expect(fake.electron.globalShortcut.registered.size).toBe(0);

    expect((await callFrom(mainWindow(), 'settings.set', { captureShortcut: '' })).ok).toBe(true);
    expect(await callFrom(mainWindow(), 'capture.status', {})).toMatchObject({ ok: true, value: { state: 'off' } });
  });

  it('lets Tend quit when the main window closes for good: the hidden capture window goes too', () => {
    mainWindow().emit('closed');
    expect(captureWindow().destroyed).toBe(true);
  });
});
