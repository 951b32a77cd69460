import type { detailsMethods } from '../../shared/details';
import type { HandlersOf } from '../compose-handlers';
import type { DetailsService } from './details-service';

export function detailsHandlers(details: DetailsService): HandlersOf<typeof detailsMethods> {
  return {
    'details.save': (input) => details.save(input),
    'details.delete': ({ id }) => (details.delete(id), null),
  };
}
