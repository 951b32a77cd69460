/**
 * The desktop app's composition: each concern lives in its folder (lifecycle/, security/, ipc/,
 * window/) and this file only wires them in order. Tray, notifications and the reminder timer will
 * come as reminders/, registered here the same way.
 */
import { join } from 'node:path';
import { app } from 'electron';
import { forwardDataChanges, registerRpc } from './ipc/register-ipc';
import { drainBeforeQuit } from './lifecycle/quit-hooks';
import { createShutdownQueue } from './lifecycle/shutdown-queue';
import { openCore, runAsSingleInstance, useDataDirFromEnvironment } from './lifecycle/start-up';
import { registerAppScheme, serveRenderer } from './security/app-protocol';
import { applySecurityGuards, denyPermissions } from './security/guards';
import { keepMainWindow } from './window/main-window';
import { openAppPreferences } from './window/preferences';

useDataDirFromEnvironment();
registerAppScheme();
applySecurityGuards();
app.enableSandbox();

const shutdown = createShutdownQueue();
drainBeforeQuit(shutdown);
const mainWindow = keepMainWindow();

async function start(): Promise<void> {
  const appPath = app.getAppPath();
  const tend = await openCore(appPath, shutdown);
  const preferences = openAppPreferences(tend.dataDir);

  denyPermissions();
  serveRenderer(join(appPath, 'out', 'renderer'));
  shutdown.add('stop answering calls', registerRpc(tend));
  shutdown.add('stop sending data events', forwardDataChanges(tend));

  mainWindow.open({
    preload: join(appPath, 'out', 'preload', 'index.cjs'),
    preferences,
    icon: join(appPath, 'resources', 'icons', 'tend-512.png'),
  });
}

runAsSingleInstance({ start, onSecondInstance: mainWindow.show, shutdown });
