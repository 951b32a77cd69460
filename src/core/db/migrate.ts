import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { createBackup, sidecarOf } from '../backup/backups';
import type { Clock } from '../clock';
import { log } from '../log';
import type { Database } from './database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';
import { splitStatements } from './sql-statements';
import { StartCancelledError, type StartWatch } from '../start/start-work';
import type { StartWorkKind } from '../../shared/start';

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
  /**
   * Where a migration of an existing file reports its steps, and is stopped (issue 23): the host's
   * "Preparing your journal" window. Without one, nothing waits between the statements.
   */
  watch?: StartWatch;
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

/** What the preparing screen says is being done: the search index when a pending migration builds it. */
function workOf(pending: readonly Migration[]): StartWorkKind {
  return pending.some((migration) => migration.buildsSearchIndex) ? 'search-index' : 'migration';
}

/**
 * Applies every pending migration in one transaction, so a file is never half-migrated.
 * An existing file (schema ≥ 1) is backed up first with the backup API. With a watch, it reports
 * after the backup and after each statement, and a Cancel between two of them rolls the whole
 * transaction back and removes the backup it made: the file stays at its old version, as it was.
 */
export async function migrate(db: Database, options: MigrateOptions): Promise<MigrateOutcome> {
  const migrations = options.migrations ?? MIGRATIONS;
  const from = assertNotFromFuture(db, migrations);
  const latest = migrations.length;
  if (from === latest) return { from, to: latest, backupFile: null };

  const pending = migrations.slice(from);
  const steps = pending.map((migration) => ({ migration, statements: splitStatements(migration.up) }));
  // A new file's schema is made at once; only an existing file's data makes a migration long.
  const watch = from > 0 ? options.watch : undefined;
  const work = workOf(pending);
  const total = 1 + steps.reduce((sum, step) => sum + step.statements.length, 0);
  let done = 0;
  const backupDirExisted = existsSync(options.backupDir);
  let backupFile: string | null = null;
  try {
    await watch?.step(work, done, total);
    backupFile = from > 0 ? await createBackup(db, options.backupDir, 'pre-migration', options.clock, `v${from}`) : null;
    if (backupFile) logger.info(`backed up schema v${from} to ${backupFile}`);
    done += 1;
    await watch?.step(work, done, total);
    await inOneTransaction(db, async () => {
      for (const { migration, statements } of steps) {
        const started = performance.now();
        for (const statement of statements) {
          db.exec(statement);
          done += 1;
          await watch?.step(work, done, total);
        }
        // Some migrations build from existing data (the search index): the log says what took the time.
        logger.info(`${migration.name} (v${migration.version}) took ${Math.round(performance.now() - started)} ms`);
      }
      // user_version lives in the file header and is rolled back with the transaction.
      db.pragma(`user_version = ${latest}`);
    });
  } catch (error) {
    if (error instanceof StartCancelledError) removeBackup(backupFile, options.backupDir, backupDirExisted);
    throw error;
  }
  logger.info(`migrated schema v${from} → v${latest}`);
  return { from, to: latest, backupFile };
}

/**
 * One IMMEDIATE transaction around work that may wait between its statements (better-sqlite3's
 * transaction() takes only synchronous work). Nothing else writes meanwhile: the journal is not open yet.
 */
async function inOneTransaction(db: Database, work: () => Promise<void>): Promise<void> {
  db.exec('BEGIN IMMEDIATE');
  try {
    await work();
    db.exec('COMMIT');
  } catch (error) {
    if (db.raw.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** A cancelled migration keeps no copy of a file that did not change (nor the folder made for it). */
function removeBackup(backupFile: string | null, backupDir: string, backupDirExisted: boolean): void {
  if (backupFile) {
    rmSync(backupFile, { force: true });
    rmSync(sidecarOf(backupFile), { force: true });
  }
  if (!backupDirExisted && existsSync(backupDir) && readdirSync(backupDir).length === 0) rmdirSync(backupDir);
}

export { LATEST_SCHEMA_VERSION };
