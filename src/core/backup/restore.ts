import { statSync } from 'node:fs';
import type { BackupInfo, BackupStatus, RestoreOutcome } from '../../shared/backup';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/database';
import { log } from '../log';
import { backupInfo, createBackup, listBackups, pruneBackups } from './backups';
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

/**
 * Restores a backup by name: the candidate is copied into the data folder and checked there (the
 * backup itself is never opened for writing); an older schema is migrated on the copy; the current
 * database is backed up; then the copy replaces the live file atomically and the services are
 * rewired onto it. A refused candidate leaves everything as it was.
 */
export async function restoreBackup(folder: DataFolder, name: string): Promise<RestoreOutcome> {
  const source = backupPathIn(folder.backupDir, name);
  const openOptions = folder.live.current().openOptions;
  // An old plaintext backup is encrypted on its way in.
  const staged = encryptStagedCopy(stageCopy(source, folder.dataDir, folder.clock), openOptions);
  try {
    const version = checkCandidate(staged, openOptions);
    // Read once it passed (a refused file gains no sidecar), and before the safety backup prunes:
    // an old backup may fall out of retention as soon as a newer one is taken.
    const restored = backupInfo(source, openOptions);
    const copy = openDatabase(staged, openOptions);
    try {
      await migrate(copy, { backupDir: folder.backupDir, clock: folder.clock });
    } finally {
      copy.close();
    }
    const safetyBackup = await backUpNow(folder, 'pre-restore');
    folder.live.replace(
      () => {
        swapInto(staged, folder.databaseFile);
        return folder.openWriter();
      },
      folder.openWriter,
    );
    logger.info(`restored ${name} (schema v${version}); the previous database is in ${safetyBackup.file}`);
    return { restored, safetyBackup };
  } finally {
    discardStaged(staged);
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
