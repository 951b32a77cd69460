import { IN_RECOVERY } from '../../shared/recovery';
import type { OpenOptions } from '../db/database';
import { conflict } from '../errors';
import { log } from '../log';
import { damagedDatabase, type DatabaseDamagedError } from './integrity';
import { quickCheckOffThread } from './integrity-worker';

const logger = log('integrity');

/** Without a first call to answer (a host started hidden), the check starts this soon anyway. */
export const START_CHECK_WITHOUT_CALL_MS = 250;
/** A journal left open for weeks is checked again once a day. */
export const RECHECK_EVERY_MS = 24 * 60 * 60 * 1000;

export type IntegrityState = 'checking' | 'passed' | 'damaged';

/**
 * SQLite's quick check, off the start path. Reading every page of a large file took 97% of opening
 * it (224 ms at 252 MB, growing each year), so start-up only checks what is cheap (the header and
 * schema version, read when the file opens) and this runs right after the first answer, on a worker
 * thread with its own read-only connection, and then daily.
 *
 * Until the first check has passed, writes wait for it; once a check has failed, every write is
 * refused: nothing is ever written to a file known or not yet known to be sound. Reads go ahead, so
 * the first view does not wait on the size of the file.
 */
export interface IntegrityWatch {
  state(): IntegrityState;
  /** Starts the first check unless it has started. The core calls it after its first answer. */
  start(): void;
  /** Resolves once the first check has passed; rejects with the typed error when it failed. */
  readonly passed: Promise<void>;
  /** Resolves when a write may go ahead; throws the recovery screen's refusal on a damaged file. */
  writable(): Promise<void>;
  /** The host's cue to open the recovery flow; called once, when a check (first or daily) fails. */
  onDamaged(listener: (error: DatabaseDamagedError) => void): () => void;
  /** Runs a check now (the daily one; tests). Resolves with the state it left. */
  recheck(): Promise<IntegrityState>;
  stop(): void;
  /**
   * Settles once no check is running. A check started before `stop` still reads the file on its
   * worker's own connection, which may leave the -wal and -shm files behind as it closes: whoever
   * removes or moves the folder after closing waits for this.
   */
  finished(): Promise<void>;
}

export interface IntegrityWatchOptions {
  file: string;
  openOptions: OpenOptions;
  /** The quick check itself; a worker thread's by default. */
  check?: (file: string, openOptions: OpenOptions) => Promise<boolean>;
}

export function watchIntegrity(options: IntegrityWatchOptions): IntegrityWatch {
  const check = options.check ?? quickCheckOffThread;
  const listeners = new Set<(error: DatabaseDamagedError) => void>();
  let state: IntegrityState = 'checking';
  let stopped = false;
  let first: Promise<void> | null = null;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  let daily: ReturnType<typeof setTimeout> | undefined;
  let settleFirst: { pass: () => void; fail: (error: DatabaseDamagedError) => void } | undefined;
  /** The check on its way, settled whatever its verdict (see finished). */
  let running: Promise<void> = Promise.resolve();
  const passed = new Promise<void>((pass, fail) => {
    settleFirst = { pass, fail };
  });
  // Nobody is obliged to await it (writes do, hosts may): a failure is reported through onDamaged.
  passed.catch(() => {});

  function damaged(): DatabaseDamagedError {
    const error = damagedDatabase(options.file, options.openOptions);
    state = 'damaged';
    logger.error(`the integrity check failed: ${error.message}`);
    for (const listener of listeners) listener(error);
    return error;
  }

  async function run(): Promise<IntegrityState> {
    const started = performance.now();
    let sound: boolean;
    try {
      const checking = check(options.file, options.openOptions);
      running = checking.then(
        () => undefined,
        () => undefined,
      );
      sound = await checking;
    } catch (error) {
      // Not a verdict on the file (it could not be read at all, e.g. it was locked): writes stay
      // safe to hold back, so treat it as unchecked and try again at the next daily run.
      logger.warn('the integrity check could not run', error);
      sound = true;
    }
    if (stopped) return state;
    logger.info(`integrity check ${sound ? 'passed' : 'failed'} in ${Math.round(performance.now() - started)} ms`);
    if (!sound) {
      const error = damaged();
      settleFirst?.fail(error);
    } else {
      state = 'passed';
      settleFirst?.pass();
      daily = setTimeout(() => void run(), RECHECK_EVERY_MS);
      daily.unref?.();
    }
    settleFirst = undefined;
    return state;
  }

  function start(): void {
    if (first || stopped) return;
    clearTimeout(fallback);
    first = run().then(() => undefined);
  }

  // Kept referenced: an open core holds its process until the first check has run (close() clears
  // it). Unreferenced, a process that awaited `passed` (or the core's `afterStart`) without ever
  // calling the core had nothing left to run and ended silently, mid-await (the startup bench did).
  fallback = setTimeout(start, START_CHECK_WITHOUT_CALL_MS);

  return {
    state: () => state,
    start,
    passed,
    async writable() {
      if (state === 'checking') {
        start();
        await passed.catch(() => {});
      }
      if (state === 'damaged') throw conflict(IN_RECOVERY);
    },
    onDamaged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async recheck() {
      if (!first) {
        start();
        await first;
        return state;
      }
      await first;
      clearTimeout(daily);
      return run();
    },
    stop() {
      stopped = true;
      clearTimeout(fallback);
      clearTimeout(daily);
      listeners.clear();
    },
    finished: () => running,
  };
}
