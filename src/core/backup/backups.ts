import { existsSync, mkdirSync, chmodSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BACKUP_FILE_NAME, BACKUP_REASONS, type BackupInfo, type BackupReason } from '../../shared/backup';
import type { Clock } from '../clock';
import { openDatabase, type Database, type OpenOptions } from '../db/database';
import { log } from '../log';
import { passesQuickCheck } from '../db/quick-check';
import { fsyncPath } from './file-swap';
import { makePrivate } from './private-file';
import { backupsToPrune, DEFAULT_RETENTION, type RetentionPolicy } from './retention';

export type { BackupReason } from '../../shared/backup';

const logger = log('backup');

/** Backups hold every private note, so the folder is readable by the user only. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

function stamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/** A name no other backup has: with a pinned (or coarse) clock two backups can share an instant, so the later one moves on a millisecond. */
function freshBackupPath(dir: string, reason: BackupReason, label: string, clock: Clock): string {
  for (let at = clock().getTime(); ; at++) {
    const file = join(dir, `tend-${reason}${label ? `-${label}` : ''}-${stamp(new Date(at))}.sqlite`);
    if (!existsSync(file)) return file;
  }
}

/** The instant stamp that ends every backup name (see `stamp`); it sorts as time does. */
const STAMP_AT_END = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;

/** Reason and instant from a backup's name, or null for anything that is not a backup. */
export function parseBackupName(name: string): { reason: BackupReason; takenAt: Date } | null {
  if (!BACKUP_FILE_NAME.test(name)) return null;
  const reason = BACKUP_REASONS.find((r) => name.startsWith(`tend-${r}-`) && /^(?:v\d+-)?\d{4}-/.test(name.slice(`tend-${r}-`.length)));
  const parts = STAMP_AT_END.exec(name);
  if (!reason || !parts) return null;
  const takenAt = new Date(`${parts[1]}T${parts[2]}:${parts[3]}:${parts[4]}.${parts[5]}Z`);
  return Number.isNaN(takenAt.getTime()) ? null : { reason, takenAt };
}

interface Counts {
  schemaVersion: number | null;
  people: number | null;
  notes: number | null;
}

function countIn(db: Database, table: string): number | null {
  const exists = db.get<{ n: number }>(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = ?`, [table])!.n;
  return exists ? db.get<{ n: number }>(`SELECT count(*) AS n FROM "${table}"`)!.n : null;
}

function countsOf(db: Database): Counts {
  return { schemaVersion: db.userVersion(), people: countIn(db, 'people'), notes: countIn(db, 'notes') };
}

/** The sidecar caches a backup's counts, so listing backups does not open every file. */
export const sidecarOf = (file: string) => `${file}.json`;

function writeSidecar(file: string, counts: Counts): void {
  const sidecar = sidecarOf(file);
  writeFileSync(sidecar, JSON.stringify({ size: statSync(file).size, ...counts }), { mode: 0o600 });
  makePrivate(sidecar);
}

function readSidecar(file: string, size: number): Counts | null {
  try {
    const cached = JSON.parse(readFileSync(sidecarOf(file), 'utf8')) as Partial<Counts & { size: number }>;
    if (cached.size !== size) return null;
    return { schemaVersion: cached.schemaVersion ?? null, people: cached.people ?? null, notes: cached.notes ?? null };
  } catch {
    return null;
  }
}

/** Reads a backup's counts read-only (from its sidecar when that matches the file). */
function countsOfFile(file: string, size: number, openOptions: OpenOptions): Counts {
  const cached = readSidecar(file, size);
  if (cached) return cached;
  let db: Database | undefined;
  try {
    db = openDatabase(file, { ...openOptions, readonly: true });
    const counts = countsOf(db);
    writeSidecar(file, counts);
    return counts;
  } catch (error) {
    logger.warn(`cannot read ${basename(file)}`, error);
    return { schemaVersion: null, people: null, notes: null };
  } finally {
    db?.close();
  }
}

/** What the backups list shows for one file. */
export function backupInfo(file: string, openOptions: OpenOptions = {}): BackupInfo {
  const name = basename(file);
  const parsed = parseBackupName(name);
  if (!parsed) throw new Error(`${name} is not a backup name`);
  const size = statSync(file).size;
  return { file: name, takenAt: parsed.takenAt.toISOString(), reason: parsed.reason, size, ...countsOfFile(file, size, openOptions) };
}

/**
 * The name a backup is written under until it is whole (see createBackup); the start-up removes one
 * a killed Tend left (leftovers.ts).
 */
export function partialBackupPath(file: string, pid = process.pid): string {
  return join(dirname(file), `.${basename(file)}.partial-${pid}`);
}

/**
 * Writes a consistent snapshot (`VACUUM INTO`, encrypted with the live key) and returns its path. It is
 * written under a temporary name, turned into a single self-contained file (rollback journal, no -wal
 * beside it) and must pass SQLite's quick check before it takes its backup name and counts; its counts
 * are cached for the list.
 */
export async function createBackup(db: Database, dir: string, reason: BackupReason, clock: Clock, label = ''): Promise<string> {
  ensurePrivateDir(dir);
  const file = freshBackupPath(dir, reason, label, clock);
  const partial = partialBackupPath(file);
  try {
    await db.backupTo(partial);
    makePrivate(partial);
    const copy = openDatabase(partial, { nativeBinding: db.openOptions.nativeBinding, key: db.openOptions.key });
    let counts: Counts;
    try {
      copy.pragma('journal_mode = DELETE');
      if (!passesQuickCheck(copy)) throw new Error(`the backup ${basename(file)} failed its integrity check`);
      counts = countsOf(copy);
    } finally {
      copy.close();
    }
    fsyncPath(partial);
    renameSync(partial, file);
    fsyncPath(dir);
    writeSidecar(file, counts);
  } catch (error) {
    // A backup cut short (a full disk) is no backup: it must not be listed or offered for restore.
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
    for (const suffix of ['', '-journal']) rmSync(file + suffix, { force: true });
    rmSync(sidecarOf(file), { force: true });
    throw error;
  }
  return file;
}

/** Every backup in `dir`, newest first. */
export function listBackups(dir: string, openOptions: OpenOptions = {}): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => parseBackupName(name) !== null)
    .map((name) => backupInfo(join(dir, name), openOptions))
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.file.localeCompare(a.file));
}

/** When the newest backup was taken, from names alone (no file is opened). */
export function newestBackupAt(dir: string): Date | null {
  if (!existsSync(dir)) return null;
  let newest: Date | null = null;
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (parsed && (!newest || parsed.takenAt > newest)) newest = parsed.takenAt;
  }
  return newest;
}

/** Applies the retention policy to the folder; returns the names removed. */
/** Removes one backup and its sidecar. */
export function removeBackup(dir: string, file: string): void {
  rmSync(join(dir, file), { force: true });
  rmSync(sidecarOf(join(dir, file)), { force: true });
}

export function pruneBackups(dir: string, now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): string[] {
  if (!existsSync(dir)) return [];
  const dated = readdirSync(dir).flatMap((file) => {
    const parsed = parseBackupName(file);
    return parsed ? [{ file, ...parsed }] : [];
  });
  const doomed = backupsToPrune(dated, now, policy);
  for (const file of doomed) removeBackup(dir, file);
  if (doomed.length > 0) logger.info(`pruned ${doomed.length} old backup(s)`);
  return doomed;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The start-up backup: taken when the newest backup is more than a day old (by the app's clock),
 * and only when there is something to lose (a journal with no people yet is not backed up).
 */
export async function backUpIfDue(db: Database, dir: string, clock: Clock, policy: RetentionPolicy = DEFAULT_RETENTION): Promise<string | null> {
  const newest = newestBackupAt(dir);
  const now = clock();
  if (newest && now.getTime() - newest.getTime() <= DAY_MS) return null;
  if ((countIn(db, 'people') ?? 0) === 0) return null;
  const file = await createBackup(db, dir, 'daily', clock);
  pruneBackups(dir, now, policy);
  return file;
}
