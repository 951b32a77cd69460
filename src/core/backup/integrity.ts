import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { BACKUP_FILE_NAME } from '../../shared/backup';
import { systemClock, type Clock } from '../clock';
import { openDatabase, openOptionsOf, type Database, type OpenOptions } from '../db/database';
import { encryptStagedCopy } from '../crypto/encrypt-existing';
import { passesQuickCheck } from '../db/quick-check';
import { TendError, notFound } from '../errors';
import { StartupError } from '../startup-error';
import { parseBackupName } from './backups';
import { checkCandidate } from './candidate';
import { discardStaged, fsyncPath, moveAside, stageCopy, stampOf, swapInto } from './file-swap';

/** Where a Tend data folder keeps things; the same names `openTend` uses. */
export const DATABASE_FILE = 'tend.sqlite';
export const BACKUP_DIR = 'backups';

/**
 * The database failed its integrity check at start-up, so Tend did not open it. The host shows a
 * recovery screen offering `newestGoodBackup` (already checked), then calls `recoverFromBackup`.
 */
export class DatabaseDamagedError extends StartupError {
  constructor(
    readonly databaseFile: string,
    /** Full path of the newest backup that passed the restore checks, or null when there is none. */
    readonly newestGoodBackup: string | null,
    options?: { cause?: unknown },
  ) {
    super(
      `${databaseFile} is not a readable Tend database (it is damaged) and was not opened. ` +
        (newestGoodBackup
          ? `Restore the newest good backup, ${basename(newestGoodBackup)}; the damaged file will be kept aside.`
          : 'No good backup was found; move the file aside to start fresh, or restore a backup of your own.'),
      options,
    );
    this.name = 'DatabaseDamagedError';
  }
}

export { passesQuickCheck };

/**
 * The quick check on a short-lived read-only connection of its own. Run on the writer, it leaves
 * that connection unable to checkpoint once it switches a rollback-journal file (a restored backup)
 * to WAL: closing then fails with SQLITE_LOCKED and the connection is lost half-closed.
 */
export function filePassesQuickCheck(file: string, openOptions: OpenOptions = {}): boolean {
  const reader = openDatabase(file, { ...openOptions, readonly: true });
  try {
    return passesQuickCheck(reader);
  } finally {
    reader.close();
  }
}

/** The newest backup in `backupDir` that passes every restore check, or null. */
export function newestGoodBackup(backupDir: string, openOptions: OpenOptions = {}): string | null {
  if (!existsSync(backupDir)) return null;
  const newestFirst = readdirSync(backupDir)
    .flatMap((name) => {
      const parsed = parseBackupName(name);
      return parsed ? [{ name, at: parsed.takenAt.getTime() }] : [];
    })
    .sort((a, b) => b.at - a.at || b.name.localeCompare(a.name));
  for (const { name } of newestFirst) {
    try {
      checkCandidate(join(backupDir, name), openOptions);
      return join(backupDir, name);
    } catch {
      // A damaged or foreign backup is skipped; the next older one may be good.
    }
  }
  return null;
}

/** The typed start-up failure for a damaged file, naming the newest backup that can replace it. */
export function damagedDatabase(databaseFile: string, openOptions: OpenOptions, cause?: unknown): DatabaseDamagedError {
  const backup = newestGoodBackup(join(dirname(databaseFile), BACKUP_DIR), openOptions);
  return new DatabaseDamagedError(databaseFile, backup, { cause });
}

/** Resolves a backup's name (or a path that must lie inside the backups folder) to its path. */
export function backupPathIn(backupDir: string, nameOrPath: string): string {
  const name = basename(nameOrPath);
  const inside = resolve(dirname(resolve(backupDir, nameOrPath))) === resolve(backupDir);
  if (!BACKUP_FILE_NAME.test(name) || !inside) throw new TendError('invalid_input', 'Choose a backup from the list.', 'file');
  const path = join(backupDir, name);
  if (!existsSync(path)) throw notFound('That backup', 'file');
  return path;
}

export interface Recovery {
  /** The database now in place, restored from the backup. */
  databaseFile: string;
  /** Where the damaged file was moved (never deleted). */
  damagedFile: string;
  /** The backup it was restored from. */
  restoredFrom: string;
}

/**
 * The recovery screen's action: checks the backup, moves the damaged database aside as
 * `tend.damaged-<stamp>.sqlite` (with its -wal/-shm), and puts a copy of the backup in its place.
 * Call with no connection open on the data folder; then open Tend again (an older backup is
 * migrated then, with its own pre-migration backup).
 */
export function recoverFromBackup(
  dataDir: string,
  backupFile: string,
  options: { clock?: Clock; nativeBinding?: string; key?: string } = {},
): Recovery {
  const clock = options.clock ?? systemClock;
  const openOptions = openOptionsOf(options.nativeBinding, options.key);
  const databaseFile = join(dataDir, DATABASE_FILE);
  const restoredFrom = backupPathIn(join(dataDir, BACKUP_DIR), backupFile);
  const staged = encryptStagedCopy(stageCopy(restoredFrom, dataDir, clock), openOptions);
  try {
    checkCandidate(staged, openOptions);
    const damagedFile = join(dataDir, `tend.damaged-${stampOf(clock)}.sqlite`);
    if (existsSync(databaseFile)) moveAside(databaseFile, damagedFile);
    swapInto(staged, databaseFile);
    fsyncPath(dataDir);
    return { databaseFile, damagedFile, restoredFrom };
  } finally {
    discardStaged(staged);
  }
}
