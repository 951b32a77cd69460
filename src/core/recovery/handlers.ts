import { basename, dirname, join } from 'node:path';
import type { AppInfo } from '../../shared/app';
import { methods } from '../../shared/contract';
import { IN_RECOVERY, type RecoveryOutcome, type RecoveryStatus, type recoveryMethods } from '../../shared/recovery';
import { appHandlers } from '../app/handlers';
import { backupInfo } from '../backup/backups';
import { BACKUP_DIR, recoverFromBackup, type DatabaseDamagedError } from '../backup/integrity';
import type { Clock } from '../clock';
import type { HandlersOf } from '../compose-handlers';
import { openOptionsOf, type OpenOptions } from '../db/database';
import { createDispatcher, type Dispatch, type Handlers } from '../dispatch';
import { conflict } from '../errors';

/** In normal mode there is nothing to recover: the status is null and a restore is refused. */
export function normalRecoveryHandlers(): HandlersOf<typeof recoveryMethods> {
  return {
    'recovery.status': () => null,
    'recovery.restore': () => {
      throw conflict('Tend’s database opened normally; there is nothing to recover. Restore a backup from Settings instead.');
    },
  };
}

export interface RecoveryOptions {
  info: AppInfo;
  damaged: DatabaseDamagedError;
  clock: Clock;
  nativeBinding?: string;
  /** The database key (64 hex digits) when the data folder is encrypted. */
  key?: string;
  /** Opens Tend normally once the backup is in place; the host swaps to it before the call answers. */
  reopen(): Promise<void>;
}

/** What the recovery screen shows, read from the typed start-up failure. */
export function recoveryStatus(damaged: DatabaseDamagedError, openOptions: OpenOptions = {}): RecoveryStatus {
  const dataDir = dirname(damaged.databaseFile);
  return {
    damagedFile: damaged.databaseFile,
    dataDir,
    backupDir: join(dataDir, BACKUP_DIR),
    newestGoodBackup: damaged.newestGoodBackup ? backupInfo(damaged.newestGoodBackup, openOptions) : null,
  };
}

/**
 * The dispatcher a host serves while its database is damaged: `app.info`, `recovery.status` and
 * `recovery.restore`; every other method is refused with one sentence, so nothing can read or write
 * the damaged file.
 */
export function createRecoveryDispatch(options: RecoveryOptions): Dispatch {
  const openOptions = openOptionsOf(options.nativeBinding, options.key);
  const status = recoveryStatus(options.damaged, openOptions);
  let restoring = false;
  const refuse = () => {
    throw conflict(IN_RECOVERY);
  };
  // Every method answers (the dispatcher needs a handler for each); only three do anything.
  const refused = Object.fromEntries(Object.keys(methods).map((name) => [name, refuse])) as unknown as Handlers;
  const served: HandlersOf<typeof recoveryMethods> & Pick<Handlers, 'app.info'> = {
    ...appHandlers(options.info),
    'recovery.status': () => status,
    'recovery.restore': async ({ file }): Promise<RecoveryOutcome> => {
      if (restoring) throw conflict('A restore is already running; wait for it to finish.');
      restoring = true;
      try {
        const recovery = recoverFromBackup(status.dataDir, file, { clock: options.clock, ...openOptions });
        await options.reopen();
        return { databaseFile: recovery.databaseFile, damagedFile: recovery.damagedFile, restoredFrom: basename(recovery.restoredFrom) };
      } finally {
        restoring = false;
      }
    },
  };
  return createDispatcher({ ...refused, ...served });
}
