/**
 * The Electron main process, wired end to end against a recording stand-in for the `electron`
 * module: the real binary cannot run in CI or on this machine (TOOLCHAIN.md), and this is what
 * proves the lifecycle, protocol, IPC and quit wiring between the tested policy functions.
 * tests/electron/app.spec.ts covers the real thing where Electron exists.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localDay } from '../../../src/core/clock';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp';
import { EVENT_CHANNEL } from '../../../src/shared/contract';
import { fake, prepareAppFolder, startMainProcess } from '../../fixtures/fake-electron';
import { removeTempDir } from '../../fixtures/temp-dir';

vi.mock('electron', async () => (await import('../../fixtures/fake-electron')).electronModule);

const root = mkdtempSync(join(tmpdir(), 'tend-electron-main-'));
const appPath = join(root, 'app');
const dataDir = join(root, 'data');
let undoStart = () => {};

async function call(senderUrl: string | null, method: string, input?: unknown) {
  const handler = fake.rpc.handler;
  if (!handler) throw new Error('no RPC handler registered');
  return handler({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, method, input);
}

async function fetchApp(url: string, method = 'GET') {
  const handler = fake.electron.protocol.handlers.get('app');
  if (!handler) throw new Error('app:// is not being served');
  return handler(new Request(url, { method }));
}

beforeAll(async () => {
  prepareAppFolder(appPath, { withNativeBuild: true });
  undoStart = await startMainProcess(appPath, dataDir);
  // The main window, then the hidden quick-capture window (tests/integration/electron/quick-capture.test.ts).
  // Loading the main bundle and opening the database took over 10 s on a 2-core machine at load 25:
  // an explicit budget, never a second's luck.
  await vi.waitFor(() => expect(fake.windows).toHaveLength(2), { timeout: 45_000, interval: 50 });
}, 60_000);

afterAll(() => {
  undoStart();
  removeTempDir(root);
});

describe('Electron main process', () => {
  it('keeps its data in TEND_DATA_DIR and opens the database there', () => {
    expect(fake.electron.app.getPath('userData')).toBe(dataDir);
    expect(existsSync(join(dataDir, 'tend.sqlite'))).toBe(true);
    expect(fake.electron.dialog.errors).toEqual([]);
  });

  it('registers app:// as a standard, secure scheme', () => {
    expect(fake.electron.protocol.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });

  it('opens one locked-down window on the app page', () => {
    const [window] = fake.windows;
    expect(window!.options).toMatchObject({
      title: 'Tend',
      icon: join(appPath, 'resources', 'icons', 'tend-512.png'),
      width: 1280,
      height: 800,
      minWidth: 900,
      minHeight: 600,
      show: false,
      webPreferences: {
        preload: join(appPath, 'out', 'preload', 'index.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
      },
    });
    expect(window!.webContents.getURL()).toBe('app://tend/index.html');
  });

  it('serves the renderer with the CSP header and nothing outside it', async () => {
    const page = await fetchApp('app://tend/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Tend</title>');

    const script = await fetchApp('app://tend/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    for (const url of [
      'app://tend/../package.json',
      'app://tend/%2e%2e%2fpackage.json',
      'app://tend/..%5cpackage.json',
      'app://tend/missing.js',
      'app://tend/assets',
      'app://tend.evil/index.html',
    ]) {
      const response = await fetchApp(url);
      expect.soft(response.status, url).toBe(404);
      expect.soft(await response.text(), url).not.toContain('secret');
    }
    expect((await fetchApp('app://tend/index.html', 'POST')).status).toBe(405);
  });

  it('answers the app page over IPC and refuses every other sender', async () => {
    const saved = (await call('app://tend/index.html#/people', 'people.save', { name: 'Priya Raman' })) as {
      ok: boolean;
    };
    expect(saved.ok).toBe(true);
    expect(await call('app://tend/index.html', 'app.info')).toMatchObject({
      ok: true,
      value: { host: 'electron', dataDir, version: '0.1.0-test' },
    });
    for (const sender of ['https://example.com/', 'app://tend.evil/', null]) {
      expect(await call(sender, 'people.list')).toEqual({
        ok: false,
        error: { code: 'transport', message: 'This window is not allowed to talk to Tend.' },
      });
    }
  });

  it('tells the app window when data changed', () => {
    expect(fake.windows[0]!.webContents.sent).toContainEqual([EVENT_CHANNEL, 'data.changed', { method: 'people.save', touches: ['people', 'profile'] }]);
  });

  it('guards every web contents: no navigation away, no new windows, no webviews', () => {
    const contents = new fake.FakeWebContents();
    fake.electron.app.emit('web-contents-created', {}, contents);
    const attempt = (event: string, url?: string) => {
      const prevented = vi.fn();
      contents.emit(event, { url, preventDefault: prevented });
      return prevented.mock.calls.length > 0;
    };
    expect(attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(attempt('will-redirect', 'http://localhost/')).toBe(true);
    expect(attempt('will-navigate', 'app://tend/index.html')).toBe(false);
    expect(attempt('will-attach-webview')).toBe(true);
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('denies permission requests and checks', () => {
    const { request, check } = fake.electron.session.defaultSession;
    const answer = vi.fn();
    request?.({}, 'media', answer, { requestingUrl: 'app://tend/index.html' });
    expect(answer).toHaveBeenCalledWith(false);
    expect(check?.({}, 'notifications', 'app://tend')).toBe(false);
  });

  it('brings the window forward when Tend is launched a second time', () => {
    fake.electron.app.emit('second-instance');
    expect(fake.windows[0]!.focused).toBe(1);
  });

  it('remembers the window bounds when the window closes, and keeps running in the tray (close-to-tray is on by default)', () => {
    const preventDefault = vi.fn();
    fake.windows[0]!.emit('close', { preventDefault });
    expect(JSON.parse(readFileSync(join(dataDir, 'config.json'), 'utf8'))).toMatchObject({
      windowBounds: { x: 40, y: 30, width: 1100, height: 720, maximized: false },
    });
    expect(preventDefault).toHaveBeenCalled();
    expect(fake.windows[0]!.hidden).toBe(1);
  });

  it('shows one tray icon with its menu, holding a reference to it', () => {
    expect(fake.trays).toHaveLength(1);
    const [tray] = fake.trays;
    expect(tray!.image).toBe(join(appPath, 'resources', 'icons', 'tray', 'tray-light.png'));
    expect(tray!.tooltip).toBe('Tend');
    expect(tray!.menu!.items.map((item) => item.label ?? item.type)).toEqual([
      'Quick capture…',
      'Log time…',
      'Today',
      'Lock Tend',
      'separator',
      'Pause reminders for 1 hour',
      'Pause reminders until tomorrow',
      'separator',
      'Open Tend',
      'Quit',
    ]);
  });

  it('pauses reminders from the tray through the contract, and offers to resume', async () => {
    const pause = fake.trays[0]!.menu!.items.find((item) => item.label === 'Pause reminders for 1 hour')!;
    pause.click!();
    await vi.waitFor(async () =>
      expect(((await call('app://tend/index.html', 'settings.get')) as { value: { pauseUntil: string | null } }).value.pauseUntil).not.toBeNull(),
    );
    await vi.waitFor(() => expect(fake.trays[0]!.menu!.items.map((item) => item.label)).toContain('Resume reminders'));
    fake.trays[0]!.menu!.items.find((item) => item.label === 'Resume reminders')!.click!();
    await vi.waitFor(async () =>
      expect(((await call('app://tend/index.html', 'settings.get')) as { value: { pauseUntil: string | null } }).value.pauseUntil).toBeNull(),
    );
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({ pauseUntil: null, digestTime: '09:00' });
  });

  it('sends a test reminder as a system notification, reports it shown, and a click opens its view in the window', async () => {
    const answer = call('app://tend/index.html', 'reminders.test');
    await vi.waitFor(() => expect(fake.notifications).toHaveLength(1));
    const [notification] = fake.notifications;
    expect(notification!.options).not.toHaveProperty('actions');
    notification!.emit('show');
    expect(await answer).toEqual({ ok: true, value: { status: 'shown', fix: null } });
    const focusedBefore = fake.windows[0]!.focused;
    notification!.emit('click');
    expect(fake.windows[0]!.focused).toBe(focusedBefore + 1);
    expect(fake.windows[0]!.webContents.sent).toContainEqual([EVENT_CHANNEL, 'navigate', { route: '#/settings' }]);
    expect(await call('app://tend/index.html', 'reminders.platform')).toMatchObject({
      ok: true,
      value: { host: 'electron', notifications: 'supported', tray: true, trayNote: null },
    });
  });

  it('locks from the tray (issue 24): the window hears it, the menu offers to unlock, and IPC answers only with the token the unlock returned', async () => {
    fake.trays[0]!.menu!.items.find((item) => item.label === 'Lock Tend')!.click!();
    expect(fake.windows[0]!.webContents.sent).toContainEqual([EVENT_CHANNEL, 'lock.changed', { locked: true }]);
    await vi.waitFor(() => expect(fake.trays[0]!.menu!.items.map((item) => item.label)).toContain('Unlock Tend…'));
    expect(fake.trays[0]!.menu!.items.map((item) => item.label)).not.toContain('Today');
    expect(await call('app://tend/index.html', 'people.list')).toMatchObject({ ok: false, error: { code: 'locked' } });
    const unlocked = (await call('app://tend/index.html', 'lock.unlock')) as { value: { unlockToken: string } };
    const withToken = (method: string, token: unknown) => fake.rpc.handler!({ senderFrame: { url: 'app://tend/index.html' } }, method, undefined, token);
    expect(await withToken('people.list', 'not-the-token')).toMatchObject({ ok: false, error: { code: 'locked' } });
    // A window cannot claim to be the host: the flag is the host's own, never read from a message.
    expect(await fake.rpc.handler!({ senderFrame: { url: 'app://tend/index.html' } }, 'people.list', undefined, { host: true })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    // The tray still pauses reminders while locked: it is the host's own.
    fake.trays[0]!.menu!.items.find((item) => item.label === 'Pause reminders for 1 hour')!.click!();
    await vi.waitFor(() => expect(fake.trays[0]!.menu!.items.map((item) => item.label)).toContain('Resume reminders'));
    expect(await withToken('people.list', unlocked.value.unlockToken)).toMatchObject({ ok: true, value: [{ name: 'Priya Raman' }] });
    await vi.waitFor(() => expect(fake.trays[0]!.menu!.items.map((item) => item.label)).toContain('Lock Tend'));
  });

  it('a wake from sleep on a later day tells the window the day turned, so views that show today reload (issue 19)', () => {
    const later = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
    vi.useFakeTimers({ toFake: ['Date'], now: later });
    try {
      fake.electron.powerMonitor.emit('resume');
    } finally {
      vi.useRealTimers();
    }
    expect(fake.windows[0]!.webContents.sent).toContainEqual([EVENT_CHANNEL, 'day.changed', { today: localDay(() => later) }]);
    // Three days away is far past the idle minutes: the wake locks Tend too (issue 24).
    expect(fake.windows[0]!.webContents.sent.filter(([, event]) => event === 'lock.changed').at(-1)).toEqual([EVENT_CHANNEL, 'lock.changed', { locked: true }]);
  });

  it('quits from the tray: the window then closes for real', () => {
    fake.trays[0]!.menu!.items.find((item) => item.label === 'Quit')!.click!();
    expect(fake.electron.app.quits).toBe(1);
    const preventDefault = vi.fn();
    fake.windows[0]!.emit('close', { preventDefault });
    expect(preventDefault).not.toHaveBeenCalled();
  });

  it('holds the quit until the database is closed, then quits', async () => {
    const preventDefault = vi.fn();
    fake.electron.app.emit('will-quit', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.electron.app.quits).toBe(2));
    expect(fake.trays[0]!.destroyed).toBe(true);
    // Closed with a WAL checkpoint: nothing of the saved person is left only in the -wal file.
    const wal = join(dataDir, 'tend.sqlite-wal');
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    expect(fake.rpc.handler).toBeNull();

    const second = vi.fn();
    fake.electron.app.emit('will-quit', { preventDefault: second });
    expect(second).not.toHaveBeenCalled();
  });
});
