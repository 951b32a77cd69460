import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventPayloads } from '../shared/contract';
import { systemClock, type Clock } from './clock';
import { applyWriterPragmas, openDatabase, type Database } from './db/database';
import { DatabaseTooNewError, LATEST_SCHEMA_VERSION, assertNotFromFuture, migrate } from './db/migrate';
import { createDispatcher, type Dispatch, type Handlers } from './dispatch';
import { log } from './log';
import { createPeopleService } from './people/people-service';
import { createProfileServices } from './profile/profile-services';
import { createArchiveHandlers, createArchiveTasks, type ArchiveTasks } from './archive/handlers';
import { backUpIfDue } from './backup/backups';
import { folderPaths } from './backup/data-folder';
import { createBackupHandlers } from './backup/handlers';
import { BACKUP_DIR, DATABASE_FILE, damagedDatabase, passesQuickCheck } from './backup/integrity';
import { createLiveDatabase } from './backup/live-database';
import type { RetentionPolicy } from './backup/retention';
import { StartupError } from './startup-error';

const logger = log('core');

export { BACKUP_DIR, DATABASE_FILE, StartupError };
export { DatabaseDamagedError, recoverFromBackup } from './backup/integrity';

export interface TendOptions {
  dataDir: string;
  appVersion: string;
  host: 'electron' | 'web';
  clock?: Clock;
  /** Electron passes its ABI build of better-sqlite3; Node uses the one `npm ci` built. */
  nativeBinding?: string;
  /** How many daily, weekly and monthly backups to keep (DEFAULT_RETENTION: 7, 4, 6). */
  retention?: RetentionPolicy;
}

export interface Tend {
  dispatch: Dispatch;
  /** Listen for data changes; returns an unsubscribe function. */
  onDataChanged(listener: (payload: EventPayloads['data.changed']) => void): () => void;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly clock: Clock;
  /** Export and import with progress and cancelling, for hosts that show them. */
  readonly archive: ArchiveTasks;
  close(): void;
}

function prepareDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    accessSync(dataDir, constants.W_OK | constants.R_OK);
  } catch (cause) {
    throw new StartupError(
      `Tend cannot write to its data folder ${dataDir}. Check that the folder exists and that you may write to it.`,
      { cause },
    );
  }
}

function openAndCheck(file: string, nativeBinding: string | undefined): Database {
  let db: Database | undefined;
  try {
    db = openDatabase(file, nativeBinding ? { nativeBinding } : {});
    // Refuse a file from the future before any pragma writes to it.
    assertNotFromFuture(db);
    // A damaged file is never opened for writing: the host offers the newest good backup instead.
    if (!passesQuickCheck(db)) throw damagedDatabase(file, db.openOptions);
    applyWriterPragmas(db);
    return db;
  } catch (cause) {
    try {
      db?.close();
    } catch {
      // Closing an unreadable file fails the same way opening it did; report the first failure.
    }
    if (cause instanceof DatabaseTooNewError) throw new StartupError(cause.message, { cause });
    if (cause instanceof StartupError) throw cause;
    const code = (cause as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw damagedDatabase(file, nativeBinding ? { nativeBinding } : {}, cause);
    }
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') {
      throw new StartupError(`Tend cannot open ${file} for writing. Check the file's permissions.`, { cause });
    }
    throw cause;
  }
}

/** The services on one connection and their contract handlers (everything but app, backup and archive). */
function wireServices(db: Database, clock: Clock) {
  const people = createPeopleService(db, clock);
  const profile = createProfileServices(db, clock, people);
  return {
    'people.list': (input) => people.list(input),
    'people.get': ({ id }) => people.get(id),
    'people.save': (input) => people.save(input),
    'people.archive': ({ id }) => people.archive(id),
    'people.restore': ({ id }) => people.restore(id),
    'people.delete': ({ id, confirmName }) => (people.remove(id, confirmName), null),
    ...profile.handlers,
  } satisfies Partial<Handlers>;
}

/** Opens (creating or migrating) the database in `dataDir` and wires the services to the dispatcher. */
export async function openTend(options: TendOptions): Promise<Tend> {
  const clock = options.clock ?? systemClock;
  prepareDataDir(options.dataDir);
  const databaseFile = join(options.dataDir, DATABASE_FILE);
  const db = openAndCheck(databaseFile, options.nativeBinding);
  const { backupDir, exportDir } = folderPaths(options.dataDir);
  try {
    await migrate(db, { backupDir, clock });
  } catch (cause) {
    db.close();
    throw cause;
  }
  // A failed daily backup (a full disk) must not lock the user out of a healthy journal.
  await backUpIfDue(db, backupDir, clock, options.retention).catch((error: unknown) => logger.error('the start-up backup failed', error));

  // Restore and import replace the database file; the services are wired again on the new connection.
  const live = createLiveDatabase(db, (current) => wireServices(current, clock));
  const folder = {
    dataDir: options.dataDir,
    databaseFile,
    backupDir,
    exportDir,
    clock,
    appVersion: options.appVersion,
    retention: options.retention,
    live,
    openWriter: () => openAndCheck(databaseFile, options.nativeBinding),
  };
  const listeners = new Set<(payload: EventPayloads['data.changed']) => void>();
  const announce = (payload: EventPayloads['data.changed']) => {
    for (const listener of listeners) listener(payload);
  };

  const dispatch = createDispatcher(
    {
      'app.info': () => ({
        name: 'Tend',
        version: options.appVersion,
        dataDir: options.dataDir,
        databaseFile,
        schemaVersion: LATEST_SCHEMA_VERSION,
        host: options.host,
      }),
      ...live.handlers,
      ...createBackupHandlers(folder),
      ...createArchiveHandlers(folder),
    },
    announce,
  );

  logger.info(`opened ${databaseFile}`);
  return {
    dispatch,
    onDataChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dataDir: options.dataDir,
    databaseFile,
    clock,
    archive: createArchiveTasks(folder, announce),
    close: () => live.current().close(),
  };
}
