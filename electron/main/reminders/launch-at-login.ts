import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { app } from 'electron';
import { log } from '../../../src/core/log';
import { autostartEntry, shouldWriteAutostart } from '../../../src/core/reminders/autostart-entry';

const logger = log('login');

/** Passed when the system starts Tend at login: it opens to the tray, not a window. */
export const HIDDEN_FLAG = '--hidden';

export interface LaunchAtLoginOptions {
  platform: NodeJS.Platform;
  execPath: string;
  /** ~ on Linux, for ~/.config/autostart. */
  homeDir: string;
  /** $XDG_CONFIG_HOME, if set. */
  configHome?: string | undefined;
}

/**
 * What the login item starts. An AppImage runs from a mount that is gone once it quits, so its
 * process.execPath is no use later; the AppImage runtime names the file itself in $APPIMAGE.
 */
export function loginExecutable(execPath: string, env: Readonly<Record<string, string | undefined>>): string {
  return env.APPIMAGE || execPath;
}

export function autostartFile(options: LaunchAtLoginOptions): string {
  return join(options.configHome || join(options.homeDir, '.config'), 'autostart', 'tend.desktop');
}

function readIfPresent(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Applies the "Launch at login" setting. macOS and Windows: `app.setLoginItemSettings`. Linux, where
 * that does nothing: an XDG autostart entry, left alone when the user turned it off in their
 * desktop's startup settings (Hidden=true), and removed when the setting is turned off.
 */
export function applyLaunchAtLogin(enabled: boolean, options: LaunchAtLoginOptions): void {
  if (options.platform !== 'linux') {
    // Windows passes `args` at login; macOS has no such option (openAsHidden is gone in Electron 45)
    // and reports `wasOpenedAtLogin` instead.
    app.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_FLAG] });
    return;
  }
  const file = autostartFile(options);
  const existing = readIfPresent(file);
  if (!shouldWriteAutostart(existing)) {
    logger.info(`leaving ${file} as the user set it (turned off in the desktop's startup settings)`);
    return;
  }
  if (!enabled) {
    if (existing !== null) rmSync(file, { force: true });
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, autostartEntry({ name: 'Tend', comment: 'A private journal for people leaders', execPath: options.execPath, args: [HIDDEN_FLAG], icon: 'tend' }));
}

/** Whether this start came from the login item (so Tend opens to the tray, not a window). */
export function startedAtLogin(argv: readonly string[], platform: NodeJS.Platform): boolean {
  if (argv.includes(HIDDEN_FLAG)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true;
}
