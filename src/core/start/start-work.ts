import { fail, ok, type Result } from '../../shared/result';
import type { StartProgress, StartWorkKind } from '../../shared/start';
import { log } from '../log';
import { StartupError } from '../startup-error';

const logger = log('start-work');

/** The leader cancelled the start-up work: nothing it did was kept, and Tend stops (it starts over next time). */
export class StartCancelledError extends StartupError {
  constructor(work: StartWorkKind) {
    super(`${WORK_NAMES[work]} was cancelled; your journal is as it was. It starts again the next time you open Tend.`);
    this.name = 'StartCancelledError';
  }
}

const WORK_NAMES: Record<StartWorkKind, string> = {
  'search-index': 'Building the search index',
  migration: 'Updating your journal',
  encryption: 'Encrypting your journal',
};

/**
 * What long start-up work reports to (a migration, encrypting a plaintext journal). `step` is called
 * at each chunk boundary: it records the counts, lets the event loop run (so the host answers the
 * window in between), and throws StartCancelledError when Cancel was asked meanwhile — the caller
 * then undoes what it did and rethrows.
 */
export interface StartWatch {
  step(work: StartWorkKind, done: number, total: number): Promise<void>;
}

/** A watch for callers with no window to report to (tests, tools): it never stops the work. */
export const UNWATCHED: StartWatch = { step: async () => undefined };

export interface StartWork {
  readonly watch: StartWatch;
  /** The window's calls before the journal is open: `start.*` answer, everything else is `busy`. */
  dispatch(method: unknown, input: unknown): Promise<Result<unknown>>;
  /** Called once, at the first step: the host shows its window now. */
  onBegin(listener: () => void): void;
  /** Whether any long work began (so the window is already open). */
  readonly begun: boolean;
  /** The journal is open: `start.progress` answers null from now on, and the page loads the app. */
  opened(): void;
}

export const PREPARING_MESSAGE = 'Tend is preparing your journal; this answers once it is ready.';

/** Yields to the event loop once, so a pending call or request is answered between two steps. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `pace` is what a step awaits between two chunks: one turn of the event loop. Tests pass a pace that
 * holds at a chosen step, so a browser can look at the preparing page and press Stop while it shows.
 */
export function createStartWork(now: () => number = () => performance.now(), pace: () => Promise<void> = turn): StartWork {
  let current: { work: StartWorkKind; done: number; total: number; startedAt: number } | null = null;
  let cancelling = false;
  let open = false;
  let begun = false;
  const beginListeners: (() => void)[] = [];

  function progress(): StartProgress | null {
    if (open) return null;
    if (!current) return { work: 'migration', done: 0, total: 0, elapsedMs: 0, cancelling };
    return { work: current.work, done: current.done, total: current.total, elapsedMs: Math.round(now() - current.startedAt), cancelling };
  }

  const watch: StartWatch = {
    async step(work, done, total) {
      // A new piece of work (the encryption, then the migration) has its own bar and its own estimate.
      if (!current || current.work !== work) current = { work, done, total, startedAt: now() };
      else current = { ...current, done, total };
      if (!begun) {
        begun = true;
        for (const listener of beginListeners) listener();
      }
      await pace();
      if (cancelling) {
        logger.info(`${work} cancelled at ${done} of ${total}`);
        throw new StartCancelledError(work);
      }
    },
  };

  return {
    watch,
    async dispatch(method) {
      if (method === 'start.progress') return ok(progress());
      if (method === 'start.cancel') {
        if (open || !begun) return ok({ cancelled: false });
        cancelling = true;
        return ok({ cancelled: true });
      }
      return fail('busy', PREPARING_MESSAGE);
    },
    onBegin(listener) {
      beginListeners.push(listener);
    },
    get begun() {
      return begun;
    },
    opened() {
      open = true;
    },
  };
}
