import { join, resolve } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { log } from '../../src/core/log';
import { openTend, StartupError } from '../../src/core/tend';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { applySecurityGuards, denyPermissions } from './guards';
import { forwardDataChanges, registerRpc } from './ipc';
import { findNativeBinding } from './native-binding';
import { openAppPreferences } from './preferences';
import { drainBeforeQuit } from './quit-hooks';
import { createShutdownQueue } from './shutdown-queue';
import { createMainWindow } from './window';

const logger = log('main');

// Tests (and anyone keeping a second journal) point Tend at another folder. Set before anything
// reads userData: it also scopes the single-instance lock, so each folder gets its own instance.
if (process.env.TEND_DATA_DIR) app.setPath('userData', resolve(process.env.TEND_DATA_DIR));

registerAppScheme();
applySecurityGuards();
app.enableSandbox();

const shutdown = createShutdownQueue();
drainBeforeQuit(shutdown);

let mainWindow: BrowserWindow | null = null;

function showMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const appPath = app.getAppPath();
  const dataDir = app.getPath('userData');
  logger.info(`starting Tend ${app.getVersion()} with data in ${dataDir}`);

  const nativeBinding = findNativeBinding(appPath, process.versions.electron);
  const tend = await openTend({ dataDir, appVersion: app.getVersion(), host: 'electron', nativeBinding });
  shutdown.add('close database', () => tend.close());
  const preferences = openAppPreferences(dataDir);

  denyPermissions();
  serveRenderer(join(appPath, 'out', 'renderer'));
  shutdown.add('stop answering calls', registerRpc(tend));
  shutdown.add('stop sending data events', forwardDataChanges(tend));

  const openMainWindow = () => {
    mainWindow = createMainWindow({
      preload: join(appPath, 'out', 'preload', 'index.cjs'),
      preferences,
      icon: join(appPath, 'resources', 'icons', 'tend-512.png'),
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  openMainWindow();
  // macOS keeps the app alive without windows; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (mainWindow) showMainWindow();
    else openMainWindow();
  });
}

/** The user gets one sentence they can act on; the stack goes to the log only. */
function failStartup(error: unknown): void {
  logger.error('Tend could not start', error);
  const message =
    error instanceof StartupError
      ? error.message
      : 'Something unexpected stopped Tend from starting. The details were written to the log.';
  dialog.showErrorBox('Tend could not start', message);
  void shutdown.drain().finally(() => app.exit(1));
}

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', showMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(failStartup);
} else {
  logger.info('Tend is already running; focusing its window instead');
  app.quit();
}
