import { app, BrowserWindow, screen } from 'electron';
import * as v from 'valibot';
import { log } from '../../../src/core/log';
import { WindowBounds } from '../../../src/shared/settings';
import type { PreferencesStore } from './preferences';
import { APP_ENTRY_URL } from '../security/policy';
import { DEFAULT_SIZE, MIN_SIZE, restorableBounds } from './window-bounds';

const logger = log('window');

export interface MainWindowOptions {
  /** The built preload script (CommonJS: sandboxed preloads cannot be ES modules). */
  preload: string;
  preferences: PreferencesStore;
  /** Window and taskbar icon on Linux and Windows (macOS takes the app bundle's). */
  icon: string;
}

function rememberBounds(window: BrowserWindow, preferences: PreferencesStore): void {
  const bounds = v.safeParse(WindowBounds, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  if (bounds.success) preferences.set('windowBounds', bounds.output);
}

/** The one app window, locked down per Electron's security checklist (DESIGN.md, Security). */
export function createMainWindow({ preload, preferences, icon }: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const saved = restorableBounds(preferences.get('windowBounds'), workAreas);
  const window = new BrowserWindow({
    title: 'Tend',
    icon,
    ...(saved ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
    },
  });

  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => rememberBounds(window, preferences));
  window.webContents.on('render-process-gone', (_event, details) => {
    logger.error(`renderer stopped: ${details.reason} (exit code ${details.exitCode})`);
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => logger.error(`could not load ${APP_ENTRY_URL}`, error));
  return window;
}

/**
 * Keeps the one main window: `open` (once, when the app is ready) creates it, and creates it again
 * when the macOS dock icon is clicked after it was closed (macOS keeps the app alive without
 * windows); `show` brings it forward, for a second launch now and the tray later.
 */
export function keepMainWindow() {
  let window: BrowserWindow | null = null;

  function show(): void {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }

  function open(options: MainWindowOptions): void {
    const reopen = () => {
      window = createMainWindow(options);
      window.on('closed', () => {
        window = null;
      });
    };
    reopen();
    app.on('activate', () => (window ? show() : reopen()));
  }

  return { open, show };
}
