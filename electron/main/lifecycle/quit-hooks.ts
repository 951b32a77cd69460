import { app } from 'electron';
import type { ShutdownQueue } from './shutdown-queue';

/**
 * Holds every quit — menu, last window closed, SIGTERM/SIGINT from a terminal or session manager —
 * until the shutdown queue has drained. `will-quit` comes after the windows have closed, so no
 * renderer can call into the database while it is being closed.
 */
export function drainBeforeQuit(queue: ShutdownQueue): void {
  app.on('will-quit', (event) => {
    if (queue.drained) return;
    event.preventDefault();
    void queue.drain().finally(() => app.quit());
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => app.quit());
  }
}
