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
import { createStartPrompt } from './lock/start-prompt';
import { createPreparingWindow } from './lifecycle/preparing-window';
import { createShutdownQueue } from './lifecycle/shutdown-queue';
import { openCore, runAsSingleInstance, useDataDirFromEnvironment } from './lifecycle/start-up';
import { registerAppScheme, serveRenderer } from './security/app-protocol';
import { applySecurityGuards, denyPermissions } from './security/guards';
import { startedAtLogin } from './reminders/launch-at-login';
import { createNotifier } from './reminders/notifications';
import { wireReminders, type RemindersWiring } from './reminders/reminders-wiring';
import { openElectronSettings } from './settings/open-settings';
import { installAppMenu } from './window/app-menu';
import { keepMainWindow, type MainWindowOptions } from './window/main-window';
import { CAPTURE_METHODS } from '../../src/shared/capture';
import { keepCaptureShortcut } from './capture/capture-shortcut';
import { keepCaptureWindow } from './capture/capture-window';
import { followCaptureShortcut } from './capture/capture-wiring';
import { registerNativeFiles } from './files/native-files';
import { localDay } from '../../src/core/clock';
import { openAppPreferences } from './window/preferences';
import type { Tend } from '../../src/core/tend';

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
  let tend: Tend | null = null;
  const notifier = createNotifier({
    appId: APP_ID,
    platform: process.platform,
    onClick: (route) => mainWindow.showRoute(route),
    tray: () => ({ tray: reminders?.tray.available ?? false, trayNote: reminders?.tray.note ?? null }),
  });
  const preferences = openAppPreferences(app.getPath('userData'));
  const preload = join(appPath, 'out', 'preload', 'index.cjs');
  const icon = join(appPath, 'resources', 'icons', 'tend-512.png');
  const windowOptions: MainWindowOptions = {
    preload,
    preferences,
    icon,
    hideOnClose: () => reminders?.hideOnClose() ?? false,
    theme: () => tend?.settings.get().theme ?? 'system',
    onClosed: () => {
      capture.release();
      prompt.windowClosed();
      preparing.windowClosed();
    },
  };

  denyPermissions();
  serveRenderer(join(appPath, 'out', 'renderer'));
  // A passphrase wraps the key: the main window opens first, on the lock screen, and the data only
  // once what the leader typed unwraps the key (issue 24).
  const prompt = createStartPrompt(() => mainWindow.open(windowOptions));
  // Long start-up work (the search index build, encrypting a plaintext journal): the window opens at
  // its first step on "Preparing your journal" (issue 23); the passphrase prompt's window is reused.
  const preparing = createPreparingWindow(
    () => (prompt.asked ? mainWindow.reload() : mainWindow.open(windowOptions)),
    () => prompt.handOver(),
  );
  const core = await openCore(
    appPath,
    shutdown,
    {
      settingsStore: openElectronSettings(app.getPath('userData')),
      reminderHost: notifier,
      captureHost: { status: () => captureShortcut.status() },
      startWatch: preparing.work.watch,
    },
    prompt.ask,
  );
  tend = core;
  prompt.handOver();
  preparing.handOver();

  // The quick-capture window may call only the quick-log methods (issue 23).
  shutdown.add('stop answering calls', registerRpc(core, (sender) => (capture.owns(sender) ? CAPTURE_METHODS : null)));
  shutdown.add('stop sending data events', forwardDataChanges(core));
  shutdown.add('stop sending progress events', forwardTaskProgress(core));
  shutdown.add('stop saving PDFs', registerPrintToPdf());
  shutdown.add('stop the lock', wireLock(core));
  shutdown.add(
    'stop answering file dialogs',
    registerNativeFiles({
      tend: core,
      folders: { get: () => preferences.get('lastFolder') ?? null, set: (folder) => preferences.set('lastFolder', folder) },
      refused: (sender) => capture.owns(sender),
      today: () => localDay(core.clock),
    }),
  );
  const wiring = wireReminders({ tend: core, appPath, mainWindow, shutdown, openCapture: () => capture.show() });
  installAppMenu(process.platform, {
    navigate: (route) => mainWindow.showRoute(route),
    shortcut: (id) => {
      mainWindow.show();
      sendToAppWindows('shortcut', { id });
    },
  });
  reminders = wiring;

  if (prompt.asked) prompt.opened();
  // Started at login: the tray only, unless there is no tray to come back from. After start-up work the
  // window is open already: its page asks again, finds the journal open and loads the app.
  else if (!preparing.work.begun) mainWindow.open(windowOptions, { hidden: startedAtLogin(process.argv, process.platform) && wiring.tray.available });

  // Pre-created and hidden, so the shortcut only shows it (≤ 150 ms on a warm app).
  capture.prepare({ preload, icon });
  followCaptureShortcut(core, captureShortcut, shutdown);
}

runAsSingleInstance({ start, onSecondInstance: mainWindow.show, shutdown });
