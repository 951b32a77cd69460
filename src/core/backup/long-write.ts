import { openDatabase, applyWriterPragmas, type Database } from '../db/database';
import { throwIfCancelled, yieldToEventLoop, type LongTask } from '../archive/progress';
import type { DataFolder } from './data-folder';

/** Between two chunks of a long write: lets a cancel or another call through, then stops if cancelled. */
export type Pause = () => Promise<void>;

/**
 * Runs a long write (an import of a 10× archive, a roster) as ONE transaction on a connection of
 * its own to the live file, pausing between chunks so the progress events go out and a cancel can
 * land. Why this shape: SQLite's own atomicity makes it all or nothing — a cancel or a failure rolls
 * back, and a kill leaves only uncommitted WAL frames, which SQLite ignores on the next open — with
 * no copy of the database to stage and swap. Meanwhile the live connection keeps reading the state
 * before the import (WAL isolation), and every other write answers `busy` (LiveDatabase.hold) rather
 * than waiting on SQLite's lock. The side connection opens with the live one's key and native build.
 */
export async function writeAsOneTransaction<T>(
  folder: DataFolder,
  task: LongTask,
  work: (db: Database, pause: Pause) => Promise<T>,
): Promise<T> {
  const release = folder.live.hold('an import');
  let db: Database | undefined;
  try {
    db = openDatabase(folder.databaseFile, folder.live.current().openOptions);
    applyWriterPragmas(db);
    const side = db;
    side.exec('BEGIN IMMEDIATE');
    try {
      const value = await work(side, async () => {
        await yieldToEventLoop();
        throwIfCancelled(task.signal, 'import');
      });
      throwIfCancelled(task.signal, 'import');
      side.exec('COMMIT');
      return value;
    } catch (error) {
      if (side.raw.inTransaction) side.exec('ROLLBACK');
      throw error;
    }
  } finally {
    // Closed without the checkpoint Database.close runs: a TRUNCATE checkpoint waits (blocking, up to the
    // busy timeout) for any reader on an older snapshot, such as the integrity check's worker; the live
    // connection's own automatic checkpoints fold the WAL in later.
    db?.raw.close();
    release();
  }
}
