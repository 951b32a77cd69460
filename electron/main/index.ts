/**
 * The desktop app's composition: each concern lives in its folder (lifecycle/, security/, ipc/,
 * window/, settings/, reminders/) and this file only wires them in order.
 */
import { join } from 'node:path';
import { app } from 'electron';
import { forwardDataChanges, forwardTaskProgress, registerRpc, sendToAppWindows } from './ipc/register-ipc';
import { drainBeforeQuit } from './lifecycle/quit-hooks';
import { registerPrintToPdf } from './print/print-to-pdf';
import { wireLock } from './lock/lock-wiring';
import { createShutdownQueue } from './lifecycle/shutdown-queue';
import { openCore, runAsSingleInstance, useDataDirFromEnvironment } from './lifecycle/start-up';
import { registerAppScheme, serveRenderer } from './security/app-protocol';
import { applySecurityGuards, denyPermissions } from './security/guards';
import { startedAtLogin } from './reminders/launch-at-login';
import { createNotifier } from './reminders/notifications';
import { wireReminders, type RemindersWiring } from './reminders/reminders-wiring';
import { openElectronSettings } from './settings/open-settings';
import { installAppMenu } from './window/app-menu';
import { keepMainWindow } from './window/main-window';
import { CAPTURE_METHODS } from '../../src/shared/capture';
import { keepCaptureShortcut } from './capture/capture-shortcut';
import { keepCaptureWindow } from './capture/capture-window';
import { followCaptureShortcut } from './capture/capture-wiring';
import { registerNativeFiles } from './files/native-files';
import { localDay } from '../../src/core/clock';
import { openAppPreferences } from './window/preferences';

useDataDirFromEnvironment();
registerAppScheme();
applySecurityGuards();
app.enableSandbox();

const shutdown = createShutdownQueue();
drainBeforeQuit(shutdown);
const mainWindow = keepMainWindow();
const capture = keepCaptureWindow();
const captureShortcut = keepCaptureShortcut(() => capture.show());

/** The build's appId; Windows shows notifications only for an app with this AppUserModelID. */
const APP_ID = 'app.tend.desktop';

async function start(): Promise<void> {
  const appPath = app.getAppPath();
  let reminders: RemindersWiring | null = null;
  const notifier = createNotifier({
    appId: APP_ID,
    platform: process.platform,
    onClick: (route) => mainWindow.showRoute(route),
    tray: () => ({ tray: reminders?.tray.available ?? false, trayNote: reminders?.tray.note ?? null }),
  });
  const tend = await openCore(appPath, shutdown, {
    settingsStore: openElectronSettings(app.getPath('userData')),
    reminderHost: notifier,
    captureHost: { status: () => captureShortcut.status() },
  });
  const preferences = openAppPreferences(tend.dataDir);

  denyPermissions();
  serveRenderer(join(appPath, 'out', 'renderer'));
  // The quick-capture window may call only the quick-log methods (issue 23).
  shutdown.add('stop answering calls', registerRpc(tend, (sender) => (capture.owns(sender) ? CAPTURE_METHODS : null)));
  shutdown.add('stop sending data events', forwardDataChanges(tend));
  shutdown.add('stop sending progress events', forwardTaskProgress(tend));
  shutdown.add('stop saving PDFs', registerPrintToPdf());
  shutdown.add('stop the lock', wireLock(tend));
  shutdown.add(
    'stop answering file dialogs',
    registerNativeFiles({
      tend,
      folders: { get: () => preferences.get('lastFolder') ?? null, set: (folder) => preferences.set('lastFolder', folder) },
      refused: (sender) => capture.owns(sender),
      today: () => localDay(tend.clock),
    }),
  );
  const wiring = wireReminders({ tend, appPath, mainWindow, shutdown, openCapture: () => capture.show() });
  installAppMenu(process.platform, {
    navigate: (route) => mainWindow.showRoute(route),
    shortcut: (id) => {
      mainWindow.show();
      sendToAppWindows('shortcut', { id });
    },
  });
  reminders = wiring;

  mainWindow.open(
    {
      preload: join(appPath, 'out', 'preload', 'index.cjs'),
      preferences,
      icon: join(appPath, 'resources', 'icons', 'tend-512.png'),
      hideOnClose: wiring.hideOnClose,
      theme: () => tend.settings.get().theme,
      onClosed: () => capture.release(),
    },
    // Started at login: the tray only, unless there is no tray to come back from.
    { hidden: startedAtLogin(process.argv, process.platform) && wiring.tray.available },
  );

  // Pre-created and hidden, so the shortcut only shows it (≤ 150 ms on a warm app).
  const preload = join(appPath, 'out', 'preload', 'index.cjs');
  capture.prepare({ preload, icon: join(appPath, 'resources', 'icons', 'tend-512.png') });
  followCaptureShortcut(tend, captureShortcut, shutdown);
}

runAsSingleInstance({ start, onSecondInstance: mainWindow.show, shutdown });
