import * as v from 'valibot';
import { DATA_AREAS, type MethodTable } from './method-table';

/** Backups of the database (Settings → Data): list, take one now, restore one, and where things are. */

/** Why a backup was taken; a name part, so the list can say it without opening the file. */
export const BACKUP_REASONS = ['daily', 'manual', 'pre-migration', 'pre-import', 'pre-restore', 'pre-encryption'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * A backup's file name, e.g. `tend-manual-2026-11-23T14-00-00-000Z.sqlite`. The renderer only ever
 * names a backup; the core resolves it inside the backups folder, so no path crosses the contract.
 */
export const BACKUP_FILE_NAME = /^tend-[a-z]+(?:-[a-z]+)*(?:-v\d+)?-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite$/;

export const BackupFileName = v.pipe(
  v.string('Choose a backup from the list.'),
  v.regex(BACKUP_FILE_NAME, 'Choose a backup from the list.'),
);

export interface BackupInfo {
  /** The file name inside the backups folder (what `backup.restore` takes). */
  file: string;
  /** UTC ISO instant the backup was taken (from its name). */
  takenAt: string;
  reason: BackupReason;
  /** Schema version the backup was written with, or null when it cannot be read. */
  schemaVersion: number | null;
  /** Bytes on disk. */
  size: number;
  /** People and notes in the backup; null when the file cannot be read. */
  people: number | null;
  notes: number | null;
}

export interface BackupStatus {
  dataDir: string;
  databaseFile: string;
  /** Bytes of the database file and its write-ahead log together. */
  databaseSize: number;
  backupDir: string;
  newest: BackupInfo | null;
}

export interface RestoreOutcome {
  /** The backup that is now the live database. */
  restored: BackupInfo;
  /** The backup of the database as it was just before the restore. */
  safetyBackup: BackupInfo;
}

const NoInput = v.optional(v.strictObject({}), {});

export const BackupRestoreInput = v.strictObject({ file: BackupFileName });

export const backupMethods = {
  /** Every backup, newest first, with when, why, size and how many people and notes it holds. */
  'backup.list': { input: NoInput, touches: [] },
  /** Take a backup now ("Back up now"); older backups are pruned by the retention policy. */
  'backup.create': { input: NoInput, touches: ['backups'] },
  /** Check a backup, back up the current database, then make the backup the live database. */
  'backup.restore': { input: BackupRestoreInput, touches: DATA_AREAS },
  /** The data folder, the database size and the newest backup. */
  'backup.status': { input: NoInput, touches: [] },
} as const satisfies MethodTable;

export interface BackupResults {
  'backup.list': BackupInfo[];
  'backup.create': BackupInfo;
  'backup.restore': RestoreOutcome;
  'backup.status': BackupStatus;
}
