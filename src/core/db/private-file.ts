import { chmodSync, closeSync, existsSync, fchmodSync, openSync } from 'node:fs';

/** Owner read/write only: a journal's files are nobody else's business on a shared machine. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates `path` (empty) if it is missing, and makes it 0600 either way, whatever the process umask.
 * Opening with 'a' never truncates an existing file; fchmod on the open handle fixes a file that an
 * older Tend (or another tool) left readable by others.
 */
export function ensurePrivateFile(path: string): void {
  const fd = openSync(path, 'a', PRIVATE_FILE_MODE);
  try {
    fchmodSync(fd, PRIVATE_FILE_MODE);
  } finally {
    closeSync(fd);
  }
}

/** The files SQLite keeps beside a database; it creates them with the database file's own mode. */
const SIDECARS = ['-wal', '-shm', '-journal'];

/**
 * Makes a database file and any sidecars that already exist 0600, creating the database file if
 * missing — before SQLite opens it, so the -wal and -shm files it creates next inherit 0600.
 */
export function ensurePrivateDatabaseFile(file: string): void {
  ensurePrivateFile(file);
  for (const suffix of SIDECARS) {
    if (existsSync(file + suffix)) chmodSync(file + suffix, PRIVATE_FILE_MODE);
  }
}
