import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Clock } from '../clock';
import { makePrivate } from './private-file';

/** Flushes a file (or a folder's entries, after a rename) to disk. */
export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } catch (error) {
    // Some platforms (Windows) cannot fsync a folder; the file itself was already flushed.
    if ((error as { code?: string }).code !== 'EISDIR' && (error as { code?: string }).code !== 'EPERM') throw error;
  } finally {
    closeSync(fd);
  }
}

export function stampOf(clock: Clock): string {
  return clock().toISOString().replace(/[:.]/g, '-');
}

/**
 * Copies `source` to a private temporary file in the data folder and flushes it, so the rename that
 * makes it live is atomic (same file system) and the bytes are on disk before the name points at them.
 */
export function stageCopy(source: string, dataDir: string, clock: Clock): string {
  const staged = join(dataDir, `tend.incoming-${stampOf(clock)}-${process.pid}.tmp`);
  copyFileSync(source, staged);
  makePrivate(staged);
  fsyncPath(staged);
  return staged;
}

/** Removes a staged copy and anything SQLite left beside it. */
export function discardStaged(staged: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(staged + suffix, { force: true });
}

/**
 * Makes `staged` the database file. Call only with every connection to `databaseFile` closed
 * (checkpointed): a -wal left beside the new file would be replayed into it, so stale ones go first.
 */
export function swapInto(staged: string, databaseFile: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });
  renameSync(staged, databaseFile);
  fsyncPath(dirname(databaseFile));
}

/** Moves a file and its -wal/-shm aside under a new name; nothing is deleted. */
export function moveAside(file: string, aside: string): void {
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  }
  renameSync(file, aside);
}
