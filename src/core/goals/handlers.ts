import type { goalsMethods } from '../../shared/goals';
import type { HandlersOf } from '../compose-handlers';
import type { GoalsService } from './goals-service';

/** Goals and challenges, and the progress notes on them. */
export function goalsHandlers(goals: GoalsService): HandlersOf<typeof goalsMethods> {
  return {
    'goals.save': (input) => goals.save(input),
    'goals.delete': ({ id }) => (goals.delete(id), null),
    'progress.save': (input) => goals.saveProgress(input),
    'progress.delete': ({ id }) => (goals.deleteProgress(id), null),
  };
}
