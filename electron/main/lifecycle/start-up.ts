import { basename, dirname, resolve } from 'node:path';
import { app, dialog } from 'electron';
import { log } from '../../../src/core/log';
import { DatabaseDamagedError, openTend, recoverFromBackup, StartCancelledError, StartupError, type Tend, type TendOptions } from '../../../src/core/tend';
import { findNativeBinding } from './native-binding';
import { desktopEncryption, type AskPassphrase } from '../security/database-key';
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
  hostParts: Pick<TendOptions, 'settingsStore' | 'reminderHost' | 'captureHost' | 'startWatch'>,
  askPassphrase: AskPassphrase,
): Promise<Tend> {
  const dataDir = app.getPath('userData');
  logger.info(`starting Tend ${app.getVersion()} with data in ${dataDir}`);
  const nativeBinding = findNativeBinding(appPath, process.versions.electron);
  // Encrypted at rest by default: the key is made on first start and wrapped by the OS keychain,
  // or by the leader's passphrase, asked before anything is opened.
  const encryption = await desktopEncryption(dataDir, askPassphrase);
  const key = encryption.key.toString('hex');
  const open = () => openTend({ dataDir, appVersion: app.getVersion(), host: 'electron', nativeBinding, encryption, ...hostParts });
  const tend = await open().catch(async (error: unknown) => {
    if (!(error instanceof DatabaseDamagedError) || !error.newestGoodBackup || !(await offerRecovery(error, DAMAGED_AT_START))) throw error;
    const recovery = recoverFromBackup(dataDir, basename(error.newestGoodBackup), { nativeBinding, key });
    logger.info(`recovered from ${recovery.restoredFrom}; the damaged file is kept as ${recovery.damagedFile}`);
    const opened = await open();
    await dialog.showMessageBox({
      type: 'info',
      message: 'Your journal is back.',
      detail: `Tend restored ${basename(recovery.restoredFrom)}. The damaged file is kept, never deleted, at ${recovery.damagedFile}.`,
      buttons: ['Open Tend'],
    });
    return opened;
  });
  shutdown.add('close database', () => tend.close());
  tend.integrity.onDamaged((error) => void recoverAfterStart(error, { dataDir, nativeBinding, key, shutdown }));
  return tend;
}

const DAMAGED_AT_START = 'Tend’s database file is damaged, so Tend did not open it.';
const DAMAGED_AFTER_START = 'Tend found its database file damaged and has stopped saving to it.';

/**
 * The integrity check runs after the window is open (off the start path), so damage may be found
 * then: writes are already held by the core. The same native dialog offers the newest good backup;
 * Tend closes everything, restores it, and starts again on it. Without a backup, or on "Quit", it
 * quits with the reason, leaving the damaged file untouched.
 */
export async function recoverAfterStart(
  error: DatabaseDamagedError,
  parts: { dataDir: string; nativeBinding: string | undefined; key: string; shutdown: ShutdownQueue },
): Promise<void> {
  const restore = error.newestGoodBackup !== null && (await offerRecovery(error, DAMAGED_AFTER_START));
  await parts.shutdown.drain();
  if (!restore || !error.newestGoodBackup) {
    dialog.showErrorBox('Tend stopped', error.message);
    app.exit(1);
    return;
  }
  const recovery = recoverFromBackup(parts.dataDir, basename(error.newestGoodBackup), { nativeBinding: parts.nativeBinding, key: parts.key });
  logger.info(`recovered from ${recovery.restoredFrom}; the damaged file is kept as ${recovery.damagedFile}`);
  await dialog.showMessageBox({
    type: 'info',
    message: 'Your journal is back.',
    detail: `Tend restored ${basename(recovery.restoredFrom)} and will start again. The damaged file is kept, never deleted, at ${recovery.damagedFile}.`,
    buttons: ['Restart Tend'],
  });
  app.relaunch();
  app.exit(0);
}

/**
 * The desktop app's recovery screen is a native dialog (the window is not open yet): what happened,
 * the newest good backup, and where both files are. True when the user chose to restore.
 */
async function offerRecovery(error: DatabaseDamagedError, message: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    message,
    detail:
      `The newest good backup is ${basename(error.newestGoodBackup ?? '')}, in ${dirname(error.newestGoodBackup ?? '')}. ` +
      `Restoring it keeps the damaged file (${error.databaseFile}) aside under a new name; nothing is deleted.`,
    buttons: ['Restore this backup', 'Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  return response === 0;
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
    // Stopped from the preparing window: nothing failed and nothing changed, so no error box.
    if (error instanceof StartCancelledError) {
      logger.info(error.message);
      void shutdown.drain().finally(() => app.exit(0));
      return;
    }
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
