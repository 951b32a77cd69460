import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../shared/app';
import type { EventPayloads } from '../shared/contract';
import { systemClock, type Clock } from './clock';
import { applyWriterPragmas, isDamagedDatabaseError, openDatabase, openOptionsOf, WrongKeyError, type Database, type OpenOptions } from './db/database';
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
import { evidenceHandlers } from './evidence/handlers';
import { createEvidenceService } from './evidence/evidence-service';
import { createDetailsService } from './details/details-service';
import { createDispatcher, type Caller, type Dispatch, type Handlers } from './dispatch';
import { goalsHandlers } from './goals/handlers';
import { insightsHandlers } from './insights/handlers';
import { createInsightsService } from './insights/insights-service';
import { journalHandlers } from './journal/handlers';
import { createJournalService } from './journal/journal-service';
import { investmentsHandlers } from './investments/handlers';
import { createInvestmentsService } from './investments/investments-service';
import { createGoalsService } from './goals/goals-service';
import { log } from './log';
import { passphraseCheckOf, type PassphraseCheck } from './crypto/unlock';
import { lockHandlers } from './lock/handlers';
import { createLock, NO_PASSPHRASE, type LockService } from './lock/lock-service';
import { mattersHandlers } from './matters/handlers';
import { createMattersService } from './matters/matters-service';
import { notesHandlers } from './notes/handlers';
import { createNotesService } from './notes/notes-service';
import { peopleHandlers } from './people/handlers';
import { createPeopleService, type NewPersonDefaults } from './people/people-service';
import { personTrendsHandlers } from './person-trends/handlers';
import { createPersonTrendsService } from './person-trends/person-trends-service';
import { prepHandlers } from './prep/handlers';
import { createPrepService } from './prep/prep-service';
import { profileHandlers } from './profile/handlers';
import { remindersHandlers } from './reminders/handlers';
import type { AttentionForReminders } from './reminders/scheduler';
import { createReminderAttentionSource } from './reminders/reminder-attention-source';
import { silentReminderHost, type ReminderHost } from './reminders/reminder-host';
import { createRemindersStore, type RemindersStore } from './reminders/reminders-store';
import { startReminders, type StartRemindersOptions } from './reminders/start-reminders';
import type { ReminderScheduler } from './reminders/scheduler';
import { openConfSettings } from './settings/conf-settings-store';
import { settingsHandlers } from './settings/handlers';
import { privateStateHandlers } from './private-state/handlers';
import { createSettingsService, type SettingsService, type SettingsStore } from './settings/settings-service';
import { quickLogHandlers } from './quick-log/handlers';
import { captureHandlers } from './capture/handlers';
import { tasksHandlers } from './tasks/handlers';
import { createTaskRegistry } from './tasks/task-registry';
import type { TaskProgress } from '../shared/tasks';
import { noGlobalShortcutHost, type CaptureHost } from './capture/capture-host';
import { createQuickLogService } from './quick-log/quick-log-service';
import { sampleHandlers } from './sample/handlers';
import { scheduleHandlers } from './schedule/handlers';
import { createScheduleService } from './schedule/schedule-service';
import { startScheduleRefresh, type ScheduleRefresh } from './schedule/schedule-refresh';
import { searchHandlers } from './search/handlers';
import { createSampleService } from './sample/sample-service';
import { talkingPointsHandlers } from './talking-points/handlers';
import { createTalkingPointsService } from './talking-points/talking-points-service';
import { timelineHandlers } from './timeline/handlers';
import { createArchiveHandlers, createArchiveTasks, type ArchiveTasks } from './archive/handlers';
import { backUpIfDue } from './backup/backups';
import { folderPaths } from './backup/data-folder';
import { createBackupHandlers } from './backup/handlers';
import { BACKUP_DIR, DATABASE_FILE, damagedDatabase, filePassesQuickCheck } from './backup/integrity';
import { watchIntegrity, type IntegrityWatch } from './backup/integrity-watch';
import { createLiveDatabase, followLive } from './backup/live-database';
import type { RetentionPolicy } from './backup/retention';
import { normalRecoveryHandlers } from './recovery/handlers';
import { StartupError } from './startup-error';
import { removeLeftovers } from './backup/leftovers';
import { encryptPlaintextBackups, encryptPlaintextDatabase } from './crypto/encrypt-existing';
import { encryptionHandlers, type EncryptionSetup } from './crypto/handlers';
import { startHandlers } from './start/handlers';
import { StartCancelledError, type StartWatch } from './start/start-work';

const logger = log('core');

export { BACKUP_DIR, DATABASE_FILE, StartupError, WrongKeyError, StartCancelledError };
export { createStartWork, type StartWork } from './start/start-work';
export { DatabaseDamagedError, recoverFromBackup } from './backup/integrity';
export { createRecoveryDispatch } from './recovery/handlers';

export interface TendOptions {
  dataDir: string;
  appVersion: string;
  host: 'electron' | 'web';
  clock?: Clock;
  /** Electron passes its ABI build of better-sqlite3; Node uses the one `npm ci` built. */
  nativeBinding?: string;
  /**
   * The database key and the keyring it came from (both hosts always pass them). With it, every file
   * in the data folder is encrypted, and a plaintext journal is encrypted at open (encrypt-existing.ts);
   * without it (tests of other features), the files stay plaintext.
   */
  encryption?: EncryptionSetup;
  /** How many daily, weekly and monthly backups to keep (DEFAULT_RETENTION: 7, 4, 6). */
  retention?: RetentionPolicy;
  /** Electron passes electron-store; otherwise `settings.json` in the data folder through conf. */
  settingsStore?: SettingsStore;
  /** How this host shows reminders; without one, `reminders.test` says it cannot. */
  reminderHost?: ReminderHost;
  /** What unlocking checks a passphrase with (the key store); without one, unlocking needs no passphrase. */
  passphrase?: PassphraseCheck;
  /** The desktop app's quick-capture shortcut; without one, `capture.status` says there is none here. */
  captureHost?: CaptureHost;
  /**
   * Where long start-up work (a migration building the search index, encrypting a plaintext journal)
   * reports its steps and hears Cancel (issue 23); the host shows its preparing window at the first step.
   */
  startWatch?: StartWatch;
}

export interface Tend {
  dispatch: Dispatch;
  /** Listen for data changes; returns an unsubscribe function. */
  onDataChanged(listener: (payload: EventPayloads['data.changed']) => void): () => void;
  /** Listen for watched long tasks' progress (`task.progress`); returns an unsubscribe function. */
  onTaskProgress(listener: (progress: TaskProgress) => void): () => void;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly clock: Clock;
  /** Export and import with progress and cancelling, for hosts that show them. */
  readonly archive: ArchiveTasks;
  readonly settings: SettingsService;
  readonly reminders: RemindersStore;
  /** The lock: every call but the lock's own is refused while it is on (the dispatcher asks it). */
  readonly lock: LockService;
  /** Who needs attention, for the scheduler, the tray and the badge; read fresh on each call. */
  attentionForReminders(): AttentionForReminders;
  /** The quick check that runs after start and daily; hosts open recovery from `onDamaged`. */
  readonly integrity: IntegrityWatch;
  /** Settles once the first integrity check and the start-up backup (when one was due) are done; never rejects. */
  readonly afterStart: Promise<void>;
  /** Starts the reminder scheduler (one per core); it stops when the core closes. It runs once the integrity check has passed. */
  startReminders(options: StartRemindersOptions): ReminderScheduler;
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

/**
 * Opens the writer after the checks that cost the same at any size: SQLite reads the header and the
 * schema (a file that is not a database fails here), and a file from a newer Tend is refused. The
 * page-by-page quick check runs after start (`watchIntegrity`), except before a migration, which
 * writes to the file at once.
 */
function openAndCheck(file: string, openOptions: OpenOptions): Database {
  let db: Database | undefined;
  try {
    db = openDatabase(file, openOptions);
    // Refuse a file from the future before any pragma writes to it.
    const version = assertNotFromFuture(db);
    db.get('SELECT count(*) FROM sqlite_schema');
    // A damaged file is never migrated: the host offers the newest good backup instead.
    if (version < LATEST_SCHEMA_VERSION && !filePassesQuickCheck(file, db.openOptions)) throw damagedDatabase(file, db.openOptions);
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
    if (isDamagedDatabaseError(cause)) {
      const damaged = damagedDatabase(file, openOptions, cause);
      // An encrypted file that no backup's key matches either was most likely encrypted with another key.
      if (code === 'SQLITE_NOTADB' && openOptions.key && !damaged.newestGoodBackup) throw new WrongKeyError(file, { cause });
      throw damaged;
    }
    // EACCES/EPERM/EROFS come from making the file private (0600) before SQLite opens it.
    if (['SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_PERM', 'EACCES', 'EPERM', 'EROFS'].includes(code ?? '')) {
      throw new StartupError(`Tend cannot open ${file} for writing. Check the file's permissions.`, { cause });
    }
    throw cause;
  }
}

/**
 * Every feature's services on one connection, and their handlers (all but app, backup, archive,
 * settings and reminders, which do not hold a connection of their own). Restore and import rewire these on the new connection.
 */
/** What Settings says a new person starts with, read at each save so a change applies to the next one. */
function newPersonDefaultsOf(settings: SettingsService): () => NewPersonDefaults {
  return () => {
    const { defaultCadenceDays, defaultMaxDays } = settings.get();
    return { cadenceDays: defaultCadenceDays, maxDays: defaultMaxDays };
  };
}

function wireServices(db: Database, clock: Clock, settings: SettingsService) {
  const people = createPeopleService(db, clock, newPersonDefaultsOf(settings));
  const matters = createMattersService(db, clock, people);
  const goals = createGoalsService(db, clock, people);
  const details = createDetailsService(db, clock, people);
  const dates = createDatesService(db, clock, people);
  const notes = createNotesService(db, clock, people);
  const investments = createInvestmentsService(db, clock, people);
  const commitments = createCommitmentsService(db, clock, people);
  const talkingPoints = createTalkingPointsService(db, clock, people);
  const prep = createPrepService(db, clock, { details, dates });
  const weekStartsOn = () => settings.get().weekStart;
  return composeHandlers(
    peopleHandlers(people),
    profileHandlers(db, clock, { matters, goals, details, dates, commitments, talkingPoints }),
    mattersHandlers(matters),
    goalsHandlers(goals),
    detailsHandlers(details),
    datesHandlers(dates),
    notesHandlers(notes),
    timelineHandlers(db, people),
    prepHandlers(prep),
    journalHandlers(createJournalService(db, clock)),
    investmentsHandlers(investments),
    commitmentsHandlers(commitments),
    talkingPointsHandlers(talkingPoints),
    attentionHandlers(createAttentionService(db, clock, people, () => settings.get().weekStart)),
    quickLogHandlers(createQuickLogService(db, clock, { investments, commitments, talkingPoints, notes })),
    sampleHandlers(createSampleService(db, clock)),
    searchHandlers(db, clock),
    insightsHandlers(createInsightsService(db, clock, () => settings.get().weekStart)),
    evidenceHandlers(createEvidenceService(db, clock)),
    personTrendsHandlers(createPersonTrendsService(db, clock)),
    scheduleHandlers(createScheduleService(db, clock, { investments, weekStartsOn, thisWeek: (weekStart) => prep.thisWeek({ weekStartsOn: weekStart }) })),
    privateStateHandlers(db, clock),
  );
}

/** What `app.info` answers, in normal and in recovery mode. */
export function appInfoOf(options: Pick<TendOptions, 'dataDir' | 'appVersion' | 'host'>): AppInfo {
  return {
    name: 'Tend',
    version: options.appVersion,
    dataDir: options.dataDir,
    databaseFile: join(options.dataDir, DATABASE_FILE),
    schemaVersion: LATEST_SCHEMA_VERSION,
    host: options.host,
  };
}

/**
 * How this start opens the data folder's files: with the key, once a plaintext journal has been
 * encrypted (encrypt-existing.ts). A plaintext file that cannot be encrypted (it is damaged: its copy
 * fails the check) is opened as it is for this start, so the usual recovery offers its newest good
 * backup, which is encrypted on its way in; nothing was changed.
 */
async function encryptedOpenOptions(options: TendOptions, databaseFile: string, backupDir: string, clock: Clock): Promise<OpenOptions> {
  const keyed = openOptionsOf(options.nativeBinding, options.encryption?.key);
  if (!keyed.key) return keyed;
  try {
    await encryptPlaintextDatabase({
      dataDir: options.dataDir,
      databaseFile,
      backupDir,
      clock,
      openOptions: { ...keyed, key: keyed.key },
      ...(options.startWatch ? { watch: options.startWatch } : {}),
    });
    return keyed;
  } catch (error) {
    // Cancelled by the leader: Tend stops with the plaintext file as it was, rather than open it unencrypted.
    if (error instanceof StartCancelledError) throw error;
    logger.error(`${databaseFile} could not be encrypted; it stays as it was until it can be`, error);
    return openOptionsOf(options.nativeBinding, undefined);
  }
}

/** Opens (creating or migrating) the database in `dataDir` and wires the services to the dispatcher. */
export async function openTend(options: TendOptions): Promise<Tend> {
  const clock = options.clock ?? systemClock;
  prepareDataDir(options.dataDir);
  const databaseFile = join(options.dataDir, DATABASE_FILE);
  const { backupDir, exportDir } = folderPaths(options.dataDir);
  removeLeftovers({ dataDir: options.dataDir, backupDir, exportDir });
  const openOptions = await encryptedOpenOptions(options, databaseFile, backupDir, clock);
  const db = openAndCheck(databaseFile, openOptions);
  // Only once the key has opened the database: a wrong key must change nothing.
  if (openOptions.key) encryptPlaintextBackups(backupDir, { ...openOptions, key: openOptions.key });
  try {
    await migrate(db, { backupDir, clock, ...(options.startWatch ? { watch: options.startWatch } : {}) });
  } catch (cause) {
    db.close();
    throw cause;
  }
  const integrity = watchIntegrity({ file: databaseFile, openOptions: db.openOptions });
  const listeners = new Set<(payload: EventPayloads['data.changed']) => void>();
  const announce = (payload: EventPayloads['data.changed']) => {
    for (const listener of listeners) listener(payload);
  };
  const progressListeners = new Set<(progress: TaskProgress) => void>();
  const tasks = createTaskRegistry((progress) => {
    for (const listener of progressListeners) listener(progress);
  });
  const settings = createSettingsService(options.settingsStore ?? openConfSettings(options.dataDir, clock).store);
  // Restore and import replace the database file; the services are wired again on the new connection.
  const live = createLiveDatabase(db, (current) => wireServices(current, clock, settings));
  const folder = {
    dataDir: options.dataDir,
    databaseFile,
    backupDir,
    exportDir,
    clock,
    appVersion: options.appVersion,
    retention: options.retention,
    live,
    openWriter: () => openAndCheck(databaseFile, openOptions),
  };
  const info = appInfoOf(options);
  // The scheduler holds the store across restores, so it follows whichever connection is live.
  const reminders = createRemindersStore(followLive(live), clock);
  const reminderHost = options.reminderHost ?? silentReminderHost(options.host);
  const lock = createLock({
    clock,
    // The key store's passphrase, where the data is encrypted; a host may pass its own check (tests).
    passphrase: options.passphrase ?? (options.encryption ? passphraseCheckOf(options.encryption.keyring) : NO_PASSPHRASE),
    lockAfterMinutes: () => settings.get().lockAfterMinutes,
  });
  const stopFollowingLockSetting = settings.onChange(() => lock.check());
  const handlers: Handlers = composeHandlers(
    appHandlers(info),
    lockHandlers(lock),
    live.handlers,
    createBackupHandlers(folder, tasks),
    createArchiveHandlers(folder, newPersonDefaultsOf(settings), settings, tasks),
    tasksHandlers(tasks),
    settingsHandlers(settings),
    remindersHandlers(reminders, settings, reminderHost),
    captureHandlers(options.captureHost ?? noGlobalShortcutHost(() => settings.get().captureShortcut)),
    normalRecoveryHandlers(),
    encryptionHandlers(options.encryption, exportDir, clock),
    startHandlers(),
  );
  const answer = createDispatcher(handlers, announce, {
    // While an import or restore holds the file, other writes answer `busy` at once (long-write.ts).
    beforeWrite: () => (live.refuseWhileHeld(), integrity.writable()),
    admits: lock.admits,
  });
  // The integrity check starts once the first call has its answer, so the first view never waits on
  // it. Later calls go straight to the dispatcher, without an async wrapper's extra turn and an
  // Immediate each (issue 17: a rare word's search is ~100 µs, and these were a few of them).
  let firstAnswered = false;
  const dispatch = ((method: string, input: unknown, caller?: Caller) => {
    const answered = answer(method, input, caller);
    if (!firstAnswered) {
      firstAnswered = true;
      void answered.then(() => setImmediate(integrity.start));
    }
    return answered;
  }) as Dispatch;
  let closed = false;
  // The daily backup reads the whole file too: it follows a passed check, off the start path. A failed
  // backup (a full disk) must not lock the user out of a healthy journal.
  const afterStart = integrity.passed.then(
    async () => {
      if (closed) return;
      await backUpIfDue(live.current(), backupDir, clock, options.retention).catch((error: unknown) =>
        logger.error('the start-up backup failed', error),
      );
    },
    () => undefined,
  );
  let scheduler: ReminderScheduler | null = null;
  // The calendar is read once the file has passed its check, then every 30 minutes (issue 22).
  let scheduleRefresh: ScheduleRefresh | null = null;
  void integrity.passed.then(
    () => {
      if (!closed) scheduleRefresh = startScheduleRefresh(dispatch);
    },
    () => undefined,
  );
  const attentionForReminders = createReminderAttentionSource(followLive(live), clock, settings);

  logger.info(`opened ${databaseFile}`);
  return {
    dispatch,
    onDataChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onTaskProgress(listener) {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    dataDir: options.dataDir,
    databaseFile,
    clock,
    archive: createArchiveTasks(folder, announce, newPersonDefaultsOf(settings), settings),
    integrity,
    afterStart,
    settings,
    reminders,
    lock,
    attentionForReminders,
    startReminders(reminderOptions) {
      scheduler?.stop();
      scheduler = startReminders(
        {
          clock,
          settings,
          store: reminders,
          host: reminderHost,
          // The scheduler records what it showed: it starts once the file has passed its check.
          ready: integrity.passed,
          locked: lock.isLocked,
          onDataChanged: (listener) => {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
        },
        reminderOptions,
      );
      return scheduler;
    },
    close: () => {
      closed = true;
      lock.stop();
      stopFollowingLockSetting();
      integrity.stop();
      // The timer writes to the database: it stops first.
      scheduler?.stop();
      scheduleRefresh?.stop();
      live.current().close();
    },
  };
}
