import { call, onEvent } from './api';

/** How far a watched task has got, as the progress bar shows it. */
export interface TaskState {
  done: number;
  total: number;
  step: string;
}

/**
 * Time left, from the pace so far: null until there is a pace to go by (a first report, or a
 * second of work), so the bar never promises a number it cannot know.
 */
export function remainingMs(done: number, total: number, elapsedMs: number): number | null {
  if (done <= 0 || total <= 0 || elapsedMs < 1000) return null;
  return Math.max(0, Math.round((elapsedMs / done) * (total - done)));
}

/** "1,200 of 5,000 · about 20 seconds left" in the user's locale. */
export function progressWords(done: number, total: number, remaining: number | null, locale: string): string {
  const number = new Intl.NumberFormat(locale);
  const counts = `${number.format(done)} of ${number.format(total)}`;
  if (remaining === null) return counts;
  const seconds = Math.ceil(remaining / 1000);
  const left = seconds < 60 ? `about ${seconds} second${seconds === 1 ? '' : 's'} left` : `about ${Math.ceil(seconds / 60)} min left`;
  return `${counts} · ${left}`;
}

/**
 * One long call the page watches (issue 23): it carries a fresh taskId, `task.progress` events for
 * that id fill `state`, and `cancel()` asks the host to stop it (the call then rejects with the
 * host's sentence, and nothing was written).
 */
export class WatchedTask {
  readonly id = crypto.randomUUID();
  state = $state<TaskState | null>(null);
  readonly startedAt = Date.now();
  cancelling = $state(false);

  async run<T>(work: (taskId: string) => Promise<T>): Promise<T> {
    const stop = onEvent('task.progress', (progress) => {
      if (progress.taskId === this.id) this.state = { done: progress.done, total: progress.total, step: progress.step };
    });
    try {
      return await work(this.id);
    } finally {
      stop();
    }
  }

  async cancel(): Promise<void> {
    this.cancelling = true;
    await call('tasks.cancel', { taskId: this.id });
  }
}
