import type { mattersMethods } from '../../shared/matters';
import type { HandlersOf } from '../compose-handlers';
import type { MattersService } from './matters-service';

export function mattersHandlers(matters: MattersService): HandlersOf<typeof mattersMethods> {
  return {
    'matters.save': (input) => matters.save(input),
    'matters.delete': ({ id }) => (matters.delete(id), null),
  };
}
