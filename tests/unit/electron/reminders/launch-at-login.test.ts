import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLaunchAtLogin, autostartFile, HIDDEN_FLAG, loginExecutable, startedAtLogin } from '../../../../electron/main/reminders/launch-at-login';
import { wakeOnPowerEvents } from '../../../../electron/main/reminders/scheduler-wiring';
import { fake } from '../../../fixtures/fake-electron';
import { tempDir } from '../../../fixtures/temp-dir';

vi.mock('electron', async () => (await import('../../../fixtures/fake-electron')).electronModule);

let home: string;
beforeEach(() => {
  home = tempDir('tend-home');
  fake.electron.app.loginItems.length = 0;
});

const linux = () => ({ platform: 'linux' as const, execPath: '/opt/Tend/tend', homeDir: home });

describe('launch at login', () => {
  it('on macOS and Windows uses the login item, started with --hidden', () => {
    applyLaunchAtLogin(true, { ...linux(), platform: 'win32' });
    applyLaunchAtLogin(false, { ...linux(), platform: 'darwin' });
    expect(fake.electron.app.loginItems).toEqual([
      { openAtLogin: true, args: [HIDDEN_FLAG] },
      { openAtLogin: false, args: [HIDDEN_FLAG] },
    ]);
  });

  it('on Linux writes ~/.config/autostart/tend.desktop starting hidden, and removes it when turned off', () => {
    const file = autostartFile(linux());
    expect(file).toBe(join(home, '.config', 'autostart', 'tend.desktop'));
    applyLaunchAtLogin(true, linux());
    expect(readFileSync(file, 'utf8')).toContain('Exec=/opt/Tend/tend --hidden\n');
    applyLaunchAtLogin(false, linux());
    expect(existsSync(file)).toBe(false);
    expect(fake.electron.app.loginItems).toEqual([]);
  });

  it('respects Hidden=true the user set in their desktop’s startup settings', () => {
    const file = autostartFile(linux());
    mkdirSync(join(home, '.config', 'autostart'), { recursive: true });
    writeFileSync(file, '[Desktop Entry]\nName=Tend\nExec=/old/tend\nHidden=true\n');
    applyLaunchAtLogin(true, linux());
    applyLaunchAtLogin(false, linux());
    expect(readFileSync(file, 'utf8')).toBe('[Desktop Entry]\nName=Tend\nExec=/old/tend\nHidden=true\n');
  });

  it('follows $XDG_CONFIG_HOME', () => {
    expect(autostartFile({ ...linux(), configHome: '/x/conf' })).toBe(join('/x/conf', 'autostart', 'tend.desktop'));
  });

  it('starts an AppImage by its own file, not the mount it ran from; anything else by its executable', () => {
    expect(loginExecutable('/tmp/.mount_TendAb12Cd/tend', { APPIMAGE: '/home/sam/Apps/Tend-0.1.0.AppImage' })).toBe('/home/sam/Apps/Tend-0.1.0.AppImage');
    expect(loginExecutable('/opt/Tend/tend', {})).toBe('/opt/Tend/tend');
    expect(loginExecutable('/opt/Tend/tend', { APPIMAGE: '' })).toBe('/opt/Tend/tend');
  });

  it('knows a start from the login item by its flag', () => {
    expect(startedAtLogin(['/opt/Tend/tend', HIDDEN_FLAG], 'linux')).toBe(true);
    expect(startedAtLogin(['/opt/Tend/tend'], 'win32')).toBe(false);
  });
});

describe('power events', () => {
  it('wake the scheduler on resume, unlock and user activity, and stop when removed', () => {
    const wakes: string[] = [];
    const remove = wakeOnPowerEvents({ wake: async (why) => void wakes.push(why) });
    for (const event of ['resume', 'resume', 'unlock-screen', 'user-did-become-active', 'suspend']) fake.electron.powerMonitor.emit(event);
    expect(wakes).toEqual(['resume', 'resume', 'unlock-screen', 'user-did-become-active']);
    remove();
    fake.electron.powerMonitor.emit('resume');
    expect(wakes).toHaveLength(4);
  });
});
