import { closeSync, copyFileSync, existsSync, linkSync, openSync, readdirSync, readSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir, parseBackupName, partialBackupPath, sidecarOf } from '../backup/backups';
import { discardStaged, fsyncPath, swapInto } from '../backup/file-swap';
import { makePrivate } from '../backup/private-file';
import type { Clock } from '../clock';
import { keyStatements, openDatabase, type Database, type OpenOptions } from '../db/database';
import { log } from '../log';
import { passesQuickCheck } from '../db/quick-check';
import { StartCancelledError, UNWATCHED, type StartWatch } from '../start/start-work';

const logger = log('encryption');

/** The 16 bytes a plaintext SQLite 3 file starts with; an encrypted one starts with its salt instead. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function isPlaintextDatabase(file: string): boolean {
  if (!existsSync(file) || statSync(file).size < SQLITE_HEADER.length) return false;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

/** Rows per table and the schema version: what an encrypted copy must match before the plaintext may go. */
function fingerprint(db: Database): string {
  const tables = db
    .all<{ name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .map(({ name }) => name);
  const counts = tables.map((name) => `${name}:${db.get<{ n: number }>(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`)!.n}`);
  return [`v${db.userVersion()}`, ...counts].join(',');
}

/**
 * Writes an encrypted copy of the plaintext `source` to `target` and verifies it: a consistent
 * plaintext snapshot (VACUUM INTO, the WAL included) is encrypted in place with `rekey` (URI keys are
 * not compiled in), then must open with the key, pass the quick check and have the same tables, rows
 * and schema version. Throws, leaving `source` untouched, when any of that fails; `target` is under a
 * name leftovers.ts removes if a crash cuts this short. It yields between its three long steps (copy,
 * encrypt, verify), where a watched start reports progress and may stop (issue 23).
 */
function* encryptedCopySteps(source: string, target: string, options: OpenOptions & { key: string }): Generator<void, void, void> {
  // Read-write: a read-only connection cannot open a WAL-mode file whose -shm is gone.
  const plain = openDatabase(source, { nativeBinding: options.nativeBinding });
  let expected: string;
  try {
    // Nothing else writes to it meanwhile: Tend is not open yet (start-up) or the file is a private staged copy.
    expected = fingerprint(plain);
    plain.raw.prepare('VACUUM INTO ?').run(target);
  } finally {
    plain.close();
  }
  makePrivate(target);
  yield;
  const staged = openDatabase(target, { nativeBinding: options.nativeBinding });
  try {
    staged.pragma('journal_mode = DELETE');
    for (const statement of keyStatements(options.key, 'rekey')) staged.pragma(statement);
  } finally {
    staged.close();
  }
  yield;
  const copy = openDatabase(target, { nativeBinding: options.nativeBinding, key: options.key });
  try {
    if (!passesQuickCheck(copy)) throw new Error(`the encrypted copy of ${source} failed its integrity check`);
    const actual = fingerprint(copy);
    if (actual !== expected) throw new Error(`the encrypted copy of ${source} differs from it (${actual} ≠ ${expected})`);
  } finally {
    copy.close();
  }
  if (isPlaintextDatabase(target)) throw new Error(`the copy of ${source} was not encrypted`);
  fsyncPath(target);
  yield;
}

/** The steps above, one after the other, for callers nothing watches. */
function writeVerifiedEncryptedCopy(source: string, target: string, options: OpenOptions & { key: string }): void {
  for (const _ of encryptedCopySteps(source, target, options));
}

/** The copy's three steps and the backup; the swap after them is one rename. */
const ENCRYPTION_STEPS = 4;

/** A hard link where the file system has them (no copy); a copy elsewhere. */
function secondName(file: string, other: string): void {
  try {
    linkSync(file, other);
  } catch {
    copyFileSync(file, other);
    makePrivate(other);
    fsyncPath(other);
  }
}

export interface EncryptExistingOptions {
  dataDir: string;
  databaseFile: string;
  backupDir: string;
  clock: Clock;
  openOptions: OpenOptions & { key: string };
  /** The preparing window's watch: progress between the steps, and Cancel (issue 23). */
  watch?: StartWatch;
}

/**
 * Encrypts a plaintext journal in place, crash-safely: a SIGKILL at any moment leaves either the old
 * file or the new one, whole. The plaintext database is first checkpointed (its WAL folded in) by a
 * writer that closes; an encrypted copy is written beside it under a leftover name (removed at the
 * next start if cut short) and verified; a backup of the plaintext is kept (a second name for the
 * same file); only then does a rename replace the plaintext. Returns whether there was anything to do.
 * Cancelled from the watch (before the rename), the copy and the backup's second name are removed
 * and the plaintext journal stays exactly as it was.
 */
export async function encryptPlaintextDatabase(options: EncryptExistingOptions): Promise<boolean> {
  const { databaseFile, dataDir, backupDir, openOptions, watch = UNWATCHED } = options;
  if (!isPlaintextDatabase(databaseFile)) return false;
  let done = 0;
  await watch.step('encryption', done, ENCRYPTION_STEPS);
  // A writer that closes checkpoints the WAL into the file (TRUNCATE), so the copy and the swap see all of it.
  openDatabase(databaseFile, { nativeBinding: openOptions.nativeBinding }).close();
  const stamp = options.clock().toISOString().replace(/[:.]/g, '-');
  const staged = join(dataDir, `tend.incoming-${stamp}-${process.pid}.tmp`);
  const backup = join(backupDir, `tend-pre-encryption-${stamp}.sqlite`);
  const backupDirExisted = existsSync(backupDir);
  let madeBackup = false;
  try {
    for (const _ of encryptedCopySteps(databaseFile, staged, openOptions)) await watch.step('encryption', ++done, ENCRYPTION_STEPS);
    // The backup first: a second name for the plaintext file, which the rename below leaves in place;
    // encryptPlaintextBackups encrypts it in its turn.
    ensurePrivateDir(backupDir);
    if (!existsSync(backup)) {
      secondName(databaseFile, backup);
      madeBackup = true;
    }
    fsyncPath(backupDir);
    await watch.step('encryption', ++done, ENCRYPTION_STEPS);
    swapInto(staged, databaseFile);
    logger.info(`encrypted ${databaseFile}`);
    return true;
  } catch (error) {
    if (error instanceof StartCancelledError) {
      if (madeBackup) rmSync(backup, { force: true });
      if (!backupDirExisted && existsSync(backupDir) && readdirSync(backupDir).length === 0) rmdirSync(backupDir);
    }
    throw error;
  } finally {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(staged + suffix, { force: true });
  }
}

/**
 * Replaces each plaintext backup by its verified encrypted copy (same name, one rename each), and
 * returns their names. Run once the key has opened the live database, so a wrong key never touches
 * them; a run cut short is finished at the next start.
 */
export function encryptPlaintextBackups(backupDir: string, openOptions: OpenOptions & { key: string }): string[] {
  const encrypted: string[] = [];
  if (!existsSync(backupDir)) return encrypted;
  for (const name of readdirSync(backupDir)) {
    const file = join(backupDir, name);
    if (!parseBackupName(name) || !isPlaintextDatabase(file)) continue;
    const staged = partialBackupPath(file);
    try {
      writeVerifiedEncryptedCopy(file, staged, openOptions);
      renameSync(staged, file);
      fsyncPath(backupDir);
      // Its cached counts are the same, its size is not: the list reads the file again once.
      rmSync(sidecarOf(file), { force: true });
      encrypted.push(name);
    } catch (error) {
      // A damaged old backup stays as it was (restore refuses it); the others are still encrypted.
      logger.warn(`could not encrypt the backup ${name}`, error);
      rmSync(staged, { force: true });
    } finally {
      for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
    }
  }
  if (encrypted.length > 0) logger.info(`encrypted ${encrypted.length} backup(s)`);
  return encrypted;
}

/**
 * A restore's staged copy of an old plaintext backup, encrypted before it goes live: the returned
 * path is the staged file to use (the same one when there is nothing to encrypt). The plaintext
 * staged copy is removed either way.
 */
export function encryptStagedCopy(staged: string, openOptions: OpenOptions): string {
  if (!openOptions.key || !isPlaintextDatabase(staged)) return staged;
  const encrypted = staged.replace(/\.tmp$/, '-encrypted.tmp');
  try {
    writeVerifiedEncryptedCopy(staged, encrypted, { ...openOptions, key: openOptions.key });
  } catch (error) {
    discardStaged(encrypted);
    throw error;
  } finally {
    discardStaged(staged);
  }
  return encrypted;
}
