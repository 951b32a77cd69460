import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../shared/app';
import type { EventPayloads } from '../shared/contract';
import { systemClock, type Clock } from './clock';
import { applyWriterPragmas, openDatabase, type Database } from './db/database';
import { DatabaseTooNewError, LATEST_SCHEMA_VERSION, assertNotFromFuture, migrate } from './db/migrate';
import { appHandlers } from './app/handlers';
import { attentionHandlers } from './attention/handlers';
import { createAttentionService } from './attention/attention-service';
import { commitmentsHandlers } from './commitments/handlers';
import { createCommitmentsService } from './commitments/commitments-service';
import { composeHandlers } from './compose-handlers';
import { datesHandlers } from './dates/handlers';
import { createDatesService } from './dates/dates-service';
import { detailsHandlers } from './details/handlers';
import { createDetailsService } from './details/details-service';
import { createDispatcher, type Dispatch, type Handlers } from './dispatch';
import { goalsHandlers } from './goals/handlers';
import { investmentsHandlers } from './investments/handlers';
import { createInvestmentsService } from './investments/investments-service';
import { createGoalsService } from './goals/goals-service';
import { log } from './log';
import { mattersHandlers } from './matters/handlers';
import { createMattersService } from './matters/matters-service';
import { notesHandlers } from './notes/handlers';
import { createNotesService } from './notes/notes-service';
import { peopleHandlers } from './people/handlers';
import { createPeopleService } from './people/people-service';
import { profileHandlers } from './profile/handlers';
import { quickLogHandlers } from './quick-log/handlers';
import { createQuickLogService } from './quick-log/quick-log-service';
import { sampleHandlers } from './sample/handlers';
import { createSampleService } from './sample/sample-service';
import { talkingPointsHandlers } from './talking-points/handlers';
import { createTalkingPointsService } from './talking-points/talking-points-service';
import { timelineHandlers } from './timeline/handlers';

const logger = log('core');

export const DATABASE_FILE = 'tend.sqlite';
export const BACKUP_DIR = 'backups';

export interface TendOptions {
  dataDir: string;
  appVersion: string;
  host: 'electron' | 'web';
  clock?: Clock;
  /** Electron passes its ABI build of better-sqlite3; Node uses the one `npm ci` built. */
  nativeBinding?: string;
}

export interface Tend {
  dispatch: Dispatch;
  /** Listen for data changes; returns an unsubscribe function. */
  onDataChanged(listener: (payload: EventPayloads['data.changed']) => void): () => void;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly clock: Clock;
  close(): void;
}

/** A start-up failure with a sentence the user can act on (shown by the host instead of a stack). */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
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
    applyWriterPragmas(db);
    return db;
  } catch (cause) {
    try {
      db?.close();
    } catch {
      // Closing an unreadable file fails the same way opening it did; report the first failure.
    }
    if (cause instanceof DatabaseTooNewError) throw new StartupError(cause.message, { cause });
    const code = (cause as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new StartupError(
        `${file} is not a readable Tend database. It was left as it is; restore a backup or move the file aside to start fresh.`,
        { cause },
      );
    }
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') {
      throw new StartupError(`Tend cannot open ${file} for writing. Check the file's permissions.`, { cause });
    }
    throw cause;
  }
}

/** Every feature's services over one database, and the handlers of every method of the contract. */
function handlersFor(db: Database, clock: Clock, info: AppInfo): Handlers {
  const people = createPeopleService(db, clock);
  const matters = createMattersService(db, clock, people);
  const goals = createGoalsService(db, clock, people);
  const details = createDetailsService(db, clock, people);
  const dates = createDatesService(db, clock, people);
  const notes = createNotesService(db, clock, people);
  const investments = createInvestmentsService(db, clock, people);
  const commitments = createCommitmentsService(db, clock, people);
  const talkingPoints = createTalkingPointsService(db, clock, people);
  return composeHandlers(
    appHandlers(info),
    peopleHandlers(people),
    profileHandlers(db, clock, { people, matters, goals, details, dates, notes, investments, commitments, talkingPoints }),
    mattersHandlers(matters),
    goalsHandlers(goals),
    detailsHandlers(details),
    datesHandlers(dates),
    notesHandlers(notes),
    timelineHandlers(db, people),
    investmentsHandlers(investments),
    commitmentsHandlers(commitments),
    talkingPointsHandlers(talkingPoints),
    attentionHandlers(createAttentionService(db, clock, people)),
    quickLogHandlers(createQuickLogService(db, clock, { investments, commitments, talkingPoints })),
    sampleHandlers(createSampleService(db, clock)),
  );
}

/** Opens (creating or migrating) the database in `dataDir` and wires the services to the dispatcher. */
export async function openTend(options: TendOptions): Promise<Tend> {
  const clock = options.clock ?? systemClock;
  prepareDataDir(options.dataDir);
  const databaseFile = join(options.dataDir, DATABASE_FILE);
  const db = openAndCheck(databaseFile, options.nativeBinding);
  try {
    await migrate(db, { backupDir: join(options.dataDir, BACKUP_DIR), clock });
  } catch (cause) {
    db.close();
    throw cause;
  }

  const listeners = new Set<(payload: EventPayloads['data.changed']) => void>();
  const announce = (payload: EventPayloads['data.changed']) => {
    for (const listener of listeners) listener(payload);
  };
  const info: AppInfo = {
    name: 'Tend',
    version: options.appVersion,
    dataDir: options.dataDir,
    databaseFile,
    schemaVersion: LATEST_SCHEMA_VERSION,
    host: options.host,
  };
  const dispatch = createDispatcher(handlersFor(db, clock, info), announce);

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
    close: () => db.close(),
  };
}
