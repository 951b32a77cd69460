import type { TaskProgress } from '../../shared/tasks';
import type { LongTask } from '../archive/progress';
import { TendError } from '../errors';

/**
 * The long tasks running now, by the id their caller gave: each gets a signal `tasks.cancel` aborts
 * and a progress callback that becomes a `task.progress` event.
 */
export function createTaskRegistry(emit: (progress: TaskProgress) => void) {
  const running = new Map<string, AbortController>();
  return {
    async run<T>(taskId: string | undefined, work: (task: LongTask) => Promise<T>): Promise<T> {
      if (taskId === undefined) return work({});
      if (running.has(taskId)) throw new TendError('conflict', 'That task is already running; wait for it or cancel it.');
      const controller = new AbortController();
      running.set(taskId, controller);
      try {
        return await work({ signal: controller.signal, onProgress: (progress) => emit({ taskId, ...progress }) });
      } finally {
        running.delete(taskId);
      }
    },
    cancel(taskId: string): boolean {
      const controller = running.get(taskId);
      controller?.abort();
      return controller !== undefined;
    },
  };
}

export type TaskRegistry = ReturnType<typeof createTaskRegistry>;
