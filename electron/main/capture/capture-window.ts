import { app, BrowserWindow, screen, type WebContents } from 'electron';
import { log } from '../../../src/core/log';
import { APP_ENTRY_URL } from '../security/policy';
import { secureWebPreferences } from '../window/web-preferences';

const logger = log('capture');

/** The capture view's address: the same renderer bundle as the main window (src/renderer/features/capture). */
export const CAPTURE_URL = `${APP_ENTRY_URL}#/capture`;

/** Room for the line, its chips and the person picker; no more, so it sits over whatever the leader was doing. */
export const CAPTURE_SIZE = { width: 560, height: 220 } as const;

export interface CaptureWindowOptions {
  preload: string;
  icon: string;
}

/** Where the window goes: centred across the display the pointer is on, a fifth of the way down. */
export function capturePosition(workArea: { x: number; y: number; width: number; height: number }, size: { width: number; height: number }): [number, number] {
  return [Math.round(workArea.x + (workArea.width - size.width) / 2), Math.round(workArea.y + workArea.height / 5)];
}

/**
 * The small always-on-top quick-capture window (issue 23). It is created hidden as the app starts
 * and kept: opening it is then a show and a focus, never a page load, so it is up in well under
 * 150 ms after the shortcut. Closing it (Esc, Enter after a save, the close button) hides it again;
 * its page keeps the line, and the draft store keeps it across a restart too.
 */
export function keepCaptureWindow() {
  let window: BrowserWindow | null = null;
  let options: CaptureWindowOptions | null = null;
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });

  function create(): BrowserWindow | null {
    if (!options) return null;
    const created = new BrowserWindow({
      title: 'Quick capture — Tend',
      icon: options.icon,
      ...CAPTURE_SIZE,
      show: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      webPreferences: secureWebPreferences(options.preload),
    });
    // Above other apps' full-screen windows too, where the OS allows it.
    created.setAlwaysOnTop(true, 'floating');
    created.on('close', (event) => {
      if (quitting) return;
      event.preventDefault();
      created.hide();
    });
    created.on('closed', () => {
      if (window === created) window = null;
    });
    created.webContents.on('render-process-gone', (_event, details) => {
      logger.error(`capture renderer stopped: ${details.reason} (exit code ${details.exitCode})`);
    });
    created.loadURL(CAPTURE_URL).catch((error: unknown) => logger.error(`could not load ${CAPTURE_URL}`, error));
    window = created;
    return created;
  }

  return {
    /** Creates the hidden window once the app is ready. */
    prepare(opts: CaptureWindowOptions): void {
      options = opts;
      create();
    },
    /** Shows it over everything on the pointer's display and focuses the line (the shortcut, the tray). */
    show(): void {
      const target = window ?? create();
      if (!target) return;
      const { workArea } = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
      const [width, height] = target.getSize();
      target.setPosition(...capturePosition(workArea, { width: width ?? CAPTURE_SIZE.width, height: height ?? CAPTURE_SIZE.height }));
      target.show();
      target.focus();
    },
    /** Whether a call comes from the capture window's page: its IPC is limited to the capture methods. */
    owns(contents: WebContents | undefined): boolean {
      return window !== null && contents !== undefined && window.webContents === contents;
    },
    /**
     * The main window was closed for good: the hidden capture window must not keep Tend running
     * (window-all-closed quits on Windows and Linux); the next shortcut creates it again.
     */
    release(): void {
      const current = window;
      window = null;
      if (current && !current.isDestroyed()) current.destroy();
    },
  };
}

export type CaptureWindow = ReturnType<typeof keepCaptureWindow>;
