import { resolve } from 'node:path';
import { app, dialog } from 'electron';
import { log } from '../../../src/core/log';
import { openTend, StartupError, type Tend, type TendOptions } from '../../../src/core/tend';
import { findNativeBinding } from './native-binding';
import type { ShutdownQueue } from './shutdown-queue';

const logger = log('main');

/**
 * Tests (and anyone keeping a second journal) point Tend at another folder. Must run before anything
 * reads userData: it also scopes the single-instance lock, so each folder gets its own instance.
 */
export function useDataDirFromEnvironment(): void {
  if (process.env.TEND_DATA_DIR) app.setPath('userData', resolve(process.env.TEND_DATA_DIR));
}

/** Opens the core on the data in userData, with the Electron build of better-sqlite3; closed on quit. */
export async function openCore(
  appPath: string,
  shutdown: ShutdownQueue,
  hostParts: Pick<TendOptions, 'settingsStore' | 'reminderHost'> = {},
): Promise<Tend> {
  const dataDir = app.getPath('userData');
  logger.info(`starting Tend ${app.getVersion()} with data in ${dataDir}`);
  const nativeBinding = findNativeBinding(appPath, process.versions.electron);
  const tend = await openTend({ dataDir, appVersion: app.getVersion(), host: 'electron', nativeBinding, ...hostParts });
  shutdown.add('close database', () => tend.close());
  return tend;
}

export interface SingleInstance {
  /** Everything that needs the app to be ready: the core, the protocol, IPC and the first window. */
  start(): Promise<void>;
  /** A second launch focuses this instance's window instead of opening another journal. */
  onSecondInstance(): void;
  shutdown: ShutdownQueue;
}

/** Runs `start` once the app is ready, unless another instance owns this data folder. */
export function runAsSingleInstance({ start, onSecondInstance, shutdown }: SingleInstance): void {
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

  if (!app.requestSingleInstanceLock()) {
    logger.info('Tend is already running; focusing its window instead');
    app.quit();
    return;
  }
  app.on('second-instance', onSecondInstance);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(failStartup);
}
