import { app, BrowserWindow, nativeTheme, screen } from 'electron';
import * as v from 'valibot';
import { log } from '../../../src/core/log';
import { WindowBounds, type Theme } from '../../../src/shared/settings';
import type { PreferencesStore } from './preferences';
import { APP_ENTRY_URL } from '../security/policy';
import { sendToAppWindows } from '../ipc/register-ipc';
import { DEFAULT_SIZE, MIN_SIZE, restorableBounds } from './window-bounds';
import { windowBackground } from './window-background';
import { secureWebPreferences } from './web-preferences';

const logger = log('window');

export interface MainWindowOptions {
  /** The built preload script (CommonJS: sandboxed preloads cannot be ES modules). */
  preload: string;
  preferences: PreferencesStore;
  /** Window and taskbar icon on Linux and Windows (macOS takes the app bundle's). */
  icon: string;
  /** Close hides the window instead (close-to-tray), unless Tend is quitting. */
  hideOnClose?: () => boolean;
  /** The Settings theme, read when a window is made: it picks the colour painted before the page draws. */
  theme?: () => Theme;
  /** The window closed for good (not hidden to the tray). */
  onClosed?: () => void;
}

function rememberBounds(window: BrowserWindow, preferences: PreferencesStore): void {
  const bounds = v.safeParse(WindowBounds, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  if (bounds.success) preferences.set('windowBounds', bounds.output);
}

/** The one app window, locked down per Electron's security checklist (DESIGN.md, Security). */
export function createMainWindow({ preload, preferences, icon, hideOnClose, theme }: MainWindowOptions, route = ''): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const saved = restorableBounds(preferences.get('windowBounds'), workAreas);
  const window = new BrowserWindow({
    title: 'Tend',
    icon,
    ...(saved ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    // Shown on ready-to-show, painted in the page's own background until then, so the user never
    // sees an empty white frame (nor a white flash in dark mode).
    show: false,
    backgroundColor: windowBackground(theme?.() ?? 'system', nativeTheme.shouldUseDarkColors),
    webPreferences: secureWebPreferences(preload),
  });

  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  window.on('close', (event) => {
    rememberBounds(window, preferences);
    if (hideOnClose?.()) {
      event.preventDefault();
      window.hide();
    }
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    logger.error(`renderer stopped: ${details.reason} (exit code ${details.exitCode})`);
  });
  const url = `${APP_ENTRY_URL}${route}`;
  window.loadURL(url).catch((error: unknown) => logger.error(`could not load ${url}`, error));
  return window;
}

/**
 * Keeps the one main window: `open` (once, when the app is ready) creates it — or, when Tend was
 * started at login, only remembers how, so the first `show` creates it; `show` brings it forward
 * (a second launch, the tray, a notification), creating it again if it was closed, and `showRoute`
 * also opens a route there.
 */
export function keepMainWindow() {
  let window: BrowserWindow | null = null;
  let options: MainWindowOptions | null = null;

  function create(route = ''): BrowserWindow | null {
    if (!options) return null;
    const created = createMainWindow(options, route);
    window = created;
    created.on('closed', () => {
      if (window === created) window = null;
      options?.onClosed?.();
    });
    return created;
  }

  /** Restore + show + focus; on Windows a plain focus() only flashes the taskbar, so briefly on top. */
  function bringForward(target: BrowserWindow): void {
    if (target.isMinimized()) target.restore();
    target.show();
    if (process.platform === 'win32') {
      target.setAlwaysOnTop(true);
      target.focus();
      target.setAlwaysOnTop(false);
    } else {
      target.focus();
    }
    if (process.platform === 'darwin') app.focus({ steal: true });
  }

  function show(): void {
    if (window) bringForward(window);
    else create();
  }

  function showRoute(route: string, action?: 'log-time'): void {
    if (!window) {
      create(route);
      return;
    }
    bringForward(window);
    sendToAppWindows('navigate', action ? { route, action } : { route });
  }

  /** Loads the page again (the passphrase prompt's window, once start-up work takes it over). */
  function reload(): void {
    window?.webContents.reload();
  }

  function open(opts: MainWindowOptions, { hidden = false }: { hidden?: boolean } = {}): void {
    options = opts;
    if (!hidden) create();
    app.on('activate', show);
  }

  return {
    open,
    reload,
    show,
    showRoute,
    get window() {
      return window;
    },
  };
}
