import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Database } from './database';

/**
 * Statements prepared once per connection. A handle that follows the live connection (the reminder
 * scheduler's, `followLive`) changes connection on restore and import; statements prepared on the
 * closed one would fail on every later read, so they are prepared again for the new one.
 */
export function perConnection<T>(db: Database, prepare: (raw: BetterSqlite3.Database) => T): () => T {
  let preparedOn: BetterSqlite3.Database | undefined;
  let prepared: T | undefined;
  return () => {
    const raw = db.raw;
    if (raw !== preparedOn || prepared === undefined) {
      prepared = prepare(raw);
      preparedOn = raw;
    }
    return prepared;
  };
}
