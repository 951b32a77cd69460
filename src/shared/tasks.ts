import * as v from 'valibot';
import { Id } from './fields';
import type { MethodTable } from './method-table';

/**
 * Long work the leader can watch and stop (issue 23): a call that may take a while carries a
 * `taskId` the page made up; the host sends `task.progress` events for it, and `tasks.cancel` stops
 * it. A cancelled task leaves nothing behind (no file under its final name, no data changed).
 */

/** Spread into a long method's input: without it the method runs as before, unwatched. */
export const TASK_ENTRIES = {
  taskId: v.optional(Id),
};

export interface TaskProgress {
  taskId: string;
  /** Rows, people or events written so far, of `total`. */
  done: number;
  total: number;
  /** What is being written now (a table, a person's name). */
  step: string;
}

/**
 * A long task's progress as a locked-out window may see it: the counts without the step, which can
 * be a person's name (a Markdown export names each person it writes).
 */
export function namelessProgress(progress: TaskProgress): TaskProgress {
  return { ...progress, step: '' };
}

export const tasksMethods = {
  /** Stops a running task; false when no task of that id is running (it already finished). */
  'tasks.cancel': { input: v.strictObject({ taskId: Id }), touches: [] },
} as const satisfies MethodTable;

export interface TasksResults {
  'tasks.cancel': { cancelled: boolean };
}
