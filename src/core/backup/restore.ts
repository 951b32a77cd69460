import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { BackupInfo, BackupStatus, RestoreFileOutcome, RestoreOutcome } from '../../shared/backup';
import { notFound } from '../errors';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/database';
import { log } from '../log';
import { backupInfo, createBackup, listBackups, pruneBackups, removeBackup } from './backups';
import { TaskCancelled, throwIfCancelled, yieldToEventLoop, type LongTask } from '../archive/progress';
import { checkCandidate } from './candidate';
import type { DataFolder } from './data-folder';
import { discardStaged, stageCopy, swapInto } from './file-swap';
import { backupPathIn } from './integrity';
import { encryptStagedCopy } from '../crypto/encrypt-existing';

const logger = log('restore');

/** Takes a backup of the live database now and applies retention; returns it as the list shows it. */
export async function backUpNow(folder: DataFolder, reason: 'manual' | 'pre-import' | 'pre-restore'): Promise<BackupInfo> {
  const db = folder.live.current();
  const file = await createBackup(db, folder.backupDir, reason, folder.clock);
  pruneBackups(folder.backupDir, folder.clock(), folder.retention);
  return backupInfo(file, db.openOptions);
}

/** What a restore does, in order; its progress counts these (the last, the swap, cannot be cancelled). */
export const RESTORE_STEPS = ['copying the backup', 'checking it', 'bringing it up to date', 'backing up what you have now', 'putting it in place'] as const;

/**
 * Restores a backup by name: the candidate is copied into the data folder and checked there (the
 * backup itself is never opened for writing); an older schema is migrated on the copy; the current
 * database is backed up; then the copy replaces the live file atomically and the services are
 * rewired onto it. A refused candidate leaves everything as it was. Progress is reported after each
 * step, and a cancel lands between steps until the swap: it leaves the database as it was and no
 * file (the staged copy and the backups the restore took are removed). Other writes answer `busy`
 * throughout, so none lands after the safety backup only to be lost at the swap.
 */
export async function restoreBackup(folder: DataFolder, name: string, task: LongTask = {}): Promise<RestoreOutcome> {
  const source = backupPathIn(folder.backupDir, name);
  // Read once it passed (a refused file gains no sidecar), and before the safety backup prunes:
  // an old backup may fall out of retention as soon as a newer one is taken.
  return restoreFrom(folder, source, task, () => backupInfo(source, folder.live.current().openOptions));
}

/**
 * Restores a backup file from anywhere (the desktop app's open dialog: a copy kept on another disk,
 * or from another computer with the same key), exactly as restoreBackup restores one from the list.
 */
export async function restoreBackupFile(folder: DataFolder, path: string, task: LongTask = {}): Promise<RestoreFileOutcome> {
  if (!existsSync(path)) throw notFound('That backup file', 'path');
  const { restored, safetyBackup } = await restoreFrom(folder, path, task, () => basename(path));
  return { restoredFrom: restored, safetyBackup };
}

async function restoreFrom<T>(folder: DataFolder, source: string, task: LongTask, describe: () => T): Promise<{ restored: T; safetyBackup: BackupInfo }> {
  const openOptions = folder.live.current().openOptions;
  const release = folder.live.hold('a restore');
  let staged: string | undefined;
  // Backups the restore takes (of an old backup before migrating it, of the database now): a cancel removes them.
  const taken: string[] = [];
  const step = async (done: number) => {
    task.onProgress?.({ done, total: RESTORE_STEPS.length, step: RESTORE_STEPS[Math.min(done, RESTORE_STEPS.length - 1)]! });
    await yieldToEventLoop();
    throwIfCancelled(task.signal, 'restore');
  };
  try {
    await step(0);
    // An old plaintext backup is encrypted on its way in.
    staged = encryptStagedCopy(stageCopy(source, folder.dataDir, folder.clock), openOptions);
    await step(1);
    const version = checkCandidate(staged, openOptions);
    const restored = describe();
    await step(2);
    const copy = openDatabase(staged, openOptions);
    try {
      const migrated = await migrate(copy, { backupDir: folder.backupDir, clock: folder.clock });
      if (migrated.backupFile) taken.push(basename(migrated.backupFile));
    } finally {
      copy.close();
    }
    await step(3);
    const safetyBackup = await backUpNow(folder, 'pre-restore');
    taken.push(safetyBackup.file);
    await step(4);
    const swapping = staged;
    folder.live.replace(
      () => {
        swapInto(swapping, folder.databaseFile);
        return folder.openWriter();
      },
      folder.openWriter,
    );
    task.onProgress?.({ done: RESTORE_STEPS.length, total: RESTORE_STEPS.length, step: RESTORE_STEPS[RESTORE_STEPS.length - 1]! });
    logger.info(`restored ${basename(source)} (schema v${version}); the previous database is in ${safetyBackup.file}`);
    return { restored, safetyBackup };
  } catch (error) {
    if (error instanceof TaskCancelled) for (const file of taken) removeBackup(folder.backupDir, file);
    throw error;
  } finally {
    if (staged !== undefined) discardStaged(staged);
    release();
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export function backupStatus(folder: DataFolder): BackupStatus {
  const newest = listBackups(folder.backupDir, folder.live.current().openOptions)[0] ?? null;
  return {
    dataDir: folder.dataDir,
    databaseFile: folder.databaseFile,
    databaseSize: sizeOf(folder.databaseFile) + sizeOf(`${folder.databaseFile}-wal`),
    backupDir: folder.backupDir,
    newest,
  };
}
