import type { datesMethods } from '../../shared/dates';
import type { HandlersOf } from '../compose-handlers';
import type { DatesService } from './dates-service';

export function datesHandlers(dates: DatesService): HandlersOf<typeof datesMethods> {
  return {
    'dates.save': (input) => dates.save(input),
    'dates.delete': ({ id }) => (dates.delete(id), null),
    'dates.saveAnniversary': (input) => dates.saveAnniversary(input),
  };
}
