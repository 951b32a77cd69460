import type { tasksMethods } from '../../shared/tasks';
import type { HandlersOf } from '../compose-handlers';
import type { TaskRegistry } from './task-registry';

export function tasksHandlers(tasks: TaskRegistry): HandlersOf<typeof tasksMethods> {
  return {
    'tasks.cancel': ({ taskId }) => ({ cancelled: tasks.cancel(taskId) }),
  };
}
