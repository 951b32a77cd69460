import { log } from '../../../src/core/log';

const logger = log('shutdown');

export type ShutdownTask = () => void | Promise<void>;

export interface ShutdownQueue {
  /** Registers work that must finish before the process ends (close the database, flush a draft). */
  add(name: string, task: ShutdownTask): void;
  /** Runs every task once, newest first; calling it again returns the same promise. */
  drain(): Promise<void>;
  readonly drained: boolean;
}

/**
 * Quit is explicit (STYLE.md, Shutdown): nothing relies on process exit to close the database.
 * Tasks run newest first, like nested `finally` blocks, so what was opened last (a timer that
 * writes) stops before what it depends on (the database). One failing or hanging task is logged
 * and cannot keep the app from quitting.
 */
export function createShutdownQueue(options: { taskTimeoutMs?: number } = {}): ShutdownQueue {
  const timeoutMs = options.taskTimeoutMs ?? 5_000;
  const tasks: { name: string; task: ShutdownTask }[] = [];
  let running: Promise<void> | null = null;
  let drained = false;

  async function runOne(name: string, task: ShutdownTask): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([Promise.resolve().then(task), timedOut]);
      if (outcome === 'timeout') logger.error(`"${name}" did not finish within ${timeoutMs} ms; quitting anyway`);
      else logger.debug(`"${name}" done`);
    } catch (error) {
      logger.error(`"${name}" failed while quitting`, error);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    add(name, task) {
      if (running) {
        logger.warn(`"${name}" was registered after shutdown began; running it now`);
        void runOne(name, task);
        return;
      }
      tasks.push({ name, task });
    },
    drain() {
      running ??= (async () => {
        for (const { name, task } of tasks.toReversed()) await runOne(name, task);
        drained = true;
      })();
      return running;
    },
    get drained() {
      return drained;
    },
  };
}
