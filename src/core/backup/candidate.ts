import { IN_MEMORY, openDatabase, type Database, type OpenOptions } from '../db/database';
import { MIGRATIONS } from '../db/migrations';
import { TendError } from '../errors';
import { isPlaintextDatabase } from '../crypto/encrypt-existing';

const refuse = (message: string) => new TendError('invalid_input', message, 'file');

const tablesByVersion = new Map<number, string[]>();

/** The tables a Tend database of `version` has: its migrations replayed on an empty in-memory database. */
export function expectedTables(version: number, openOptions: OpenOptions = {}): string[] {
  let tables = tablesByVersion.get(version);
  if (!tables) {
    const scratch = openDatabase(IN_MEMORY, { nativeBinding: openOptions.nativeBinding });
    try {
      for (const migration of MIGRATIONS.slice(0, version)) scratch.exec(migration.up);
      tables = tableNames(scratch);
    } finally {
      scratch.close();
    }
    tablesByVersion.set(version, tables);
  }
  return tables;
}

function tableNames(db: Database): string[] {
  return db
    .all<{ name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .map((row) => row.name);
}

/**
 * Whether a file may become the live database, in the order a user would want to hear it: is it
 * SQLite at all, is it intact, is it from this or an older Tend, does it have Tend's tables.
 * Throws a TendError whose one sentence says why not; returns the file's schema version otherwise.
 * Opens the file read-only; pass a private copy when the original must not gain -wal/-shm files.
 */
export function checkCandidate(file: string, openOptions: OpenOptions = {}): number {
  // A plaintext file is read as it is (an old backup, encrypted on its way in); any other needs the key.
  const plaintext = isPlaintextDatabase(file);
  if (!plaintext && !openOptions.key) throw refuse('That file is not a Tend backup (it is not an SQLite database).');
  let db: Database | undefined;
  try {
    db = openDatabase(file, { nativeBinding: openOptions.nativeBinding, readonly: true, ...(plaintext ? {} : { key: openOptions.key }) });
    const check = db.pragma('quick_check') as { quick_check: string }[];
    if (check.length !== 1 || check[0]?.quick_check !== 'ok') {
      throw refuse('That backup is damaged (its integrity check failed); choose another one.');
    }
    const version = db.userVersion();
    if (version > MIGRATIONS.length) {
      throw refuse(`That backup was made by a newer version of Tend (schema ${version}); update Tend to restore it.`);
    }
    const present = new Set(tableNames(db));
    const missing = version === 0 ? ['people'] : expectedTables(version, openOptions).filter((t) => !present.has(t));
    if (missing.length > 0) throw refuse(`That file is not a Tend backup (it has no ${missing.join(', ')} table).`);
    return version;
  } catch (error) {
    if (error instanceof TendError) throw error;
    if (!plaintext) throw refuse('That backup is damaged or was encrypted with another key; choose another one.');
    throw refuse('That backup is damaged and cannot be read; choose another one.');
  } finally {
    db?.close();
  }
}
