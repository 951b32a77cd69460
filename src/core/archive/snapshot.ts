import { openDatabase, type Database } from '../db/database';

/**
 * A read-only connection holding one read transaction, so a long export sees one consistent state
 * while the writer connection keeps answering calls (WAL lets both run at once).
 */
export function withSnapshot<T>(writer: Database, read: (snapshot: Database) => Promise<T>): Promise<T> {
  const snapshot = openDatabase(writer.file, { ...writer.openOptions, readonly: true });
  snapshot.raw.exec('BEGIN');
  return read(snapshot).finally(() => {
    snapshot.raw.exec('COMMIT');
    snapshot.close();
  });
}

export function columnsOf(db: Database, table: string): string[] {
  return db.all<{ name: string }>(`SELECT name FROM pragma_table_info(?)`, [table]).map((c) => c.name);
}
