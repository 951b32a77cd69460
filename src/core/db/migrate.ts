import { createBackup } from '../backup/backups';
import type { Clock } from '../clock';
import { log } from '../log';
import type { Database } from './database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

const logger = log('migrate');

/** Raised before anything is written when the file comes from a newer Tend. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This data file was saved by a newer version of Tend (schema ${found}; this version understands up to ${supported}). ` +
        'Update Tend to open it. The file was left untouched.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export interface MigrateOptions {
  backupDir: string;
  clock: Clock;
  migrations?: readonly Migration[];
}

export interface MigrateOutcome {
  from: number;
  to: number;
  backupFile: string | null;
}

/** Refuses a database from the future. Call before anything writes to the file. */
export function assertNotFromFuture(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.userVersion();
  if (current > migrations.length) throw new DatabaseTooNewError(current, migrations.length);
  return current;
}

/**
 * Applies every pending migration in one transaction, so a file is never half-migrated.
 * An existing file (schema ≥ 1) is backed up first with the backup API.
 */
export async function migrate(db: Database, options: MigrateOptions): Promise<MigrateOutcome> {
  const migrations = options.migrations ?? MIGRATIONS;
  const from = assertNotFromFuture(db, migrations);
  const latest = migrations.length;
  if (from === latest) return { from, to: latest, backupFile: null };

  const backupFile = from > 0 ? await createBackup(db, options.backupDir, 'pre-migration', options.clock, `v${from}`) : null;
  if (backupFile) logger.info(`backed up schema v${from} to ${backupFile}`);

  db.transaction(() => {
    for (const migration of migrations.slice(from)) {
      const started = performance.now();
      db.exec(migration.up);
      // Some migrations build from existing data (the search index): the log says what took the time.
      logger.info(`${migration.name} (v${migration.version}) took ${Math.round(performance.now() - started)} ms`);
    }
    // user_version lives in the file header and is rolled back with the transaction.
    db.pragma(`user_version = ${latest}`);
  });
  logger.info(`migrated schema v${from} → v${latest}`);
  return { from, to: latest, backupFile };
}

export { LATEST_SCHEMA_VERSION };
