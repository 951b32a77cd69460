import * as v from 'valibot';
import { BackupFileName, type BackupInfo } from './backup';
import { DATA_AREAS, type MethodTable } from './method-table';

/**
 * The recovery screen: when the database fails its integrity check at start-up, the host does not
 * open it and serves only these methods (and `app.info`) until a backup has been restored.
 */

export interface RecoveryStatus {
  /** The damaged database, where it is now (moved aside only when a backup is restored). */
  damagedFile: string;
  dataDir: string;
  backupDir: string;
  /** The newest backup that passed every restore check, or null when there is none. */
  newestGoodBackup: BackupInfo | null;
}

export interface RecoveryOutcome {
  /** The database now in place, restored from the backup. */
  databaseFile: string;
  /** Where the damaged file was moved (never deleted). */
  damagedFile: string;
  /** The backup's file name. */
  restoredFrom: string;
}

export const RecoveryRestoreInput = v.strictObject({ file: BackupFileName });

export const recoveryMethods = {
  /** What is damaged and the newest good backup; null when Tend opened normally. */
  'recovery.status': { input: v.optional(v.strictObject({}), {}), touches: [] },
  /** Move the damaged database aside, put the backup in its place and open Tend normally. */
  'recovery.restore': { input: RecoveryRestoreInput, touches: DATA_AREAS },
} as const satisfies MethodTable;

export interface RecoveryResults {
  'recovery.status': RecoveryStatus | null;
  'recovery.restore': RecoveryOutcome;
}

/** What every other method answers while the host is in recovery. */
export const IN_RECOVERY = 'Tend’s database is damaged; restore a backup on the recovery screen first.';
