import * as v from 'valibot';
import { DATA_AREAS, type MethodTable } from './method-table';
import { TASK_ENTRIES } from './tasks';
import { AbsolutePath } from './archive';

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

/** A restore from a file chosen in the desktop app's open dialog. */
export interface RestoreFileOutcome {
  /** The chosen file's name. */
  restoredFrom: string;
  /** The backup of the database as it was just before the restore. */
  safetyBackup: BackupInfo;
}

const NoInput = v.optional(v.strictObject({}), {});

/** A backup by name; with a taskId it reports its steps and can be cancelled until the file is swapped in (src/shared/tasks.ts). */
export const BackupRestoreInput = v.strictObject({ file: BackupFileName, ...TASK_ENTRIES });

/**
 * A backup file anywhere on this computer, by its full path: only the desktop app's open dialog names
 * one (the main process calls with it; both transports refuse a path from a page, namesHostPath).
 */
export const BackupRestoreFileInput = v.strictObject({ path: AbsolutePath, ...TASK_ENTRIES });

export const backupMethods = {
  /** Every backup, newest first, with when, why, size and how many people and notes it holds. */
  'backup.list': { input: NoInput, touches: [] },
  /** Take a backup now ("Back up now"); older backups are pruned by the retention policy. */
  'backup.create': { input: NoInput, touches: ['backups'] },
  /** Check a backup, back up the current database, then make the backup the live database. */
  'backup.restore': { input: BackupRestoreInput, touches: DATA_AREAS },
  /** The same for a backup file chosen in the desktop app's open dialog ("Restore from file…"). */
  'backup.restoreFile': { input: BackupRestoreFileInput, touches: DATA_AREAS },
  /** The data folder, the database size and the newest backup. */
  'backup.status': { input: NoInput, touches: [] },
} as const satisfies MethodTable;

export interface BackupResults {
  'backup.list': BackupInfo[];
  'backup.create': BackupInfo;
  'backup.restore': RestoreOutcome;
  'backup.restoreFile': RestoreFileOutcome;
  'backup.status': BackupStatus;
}
