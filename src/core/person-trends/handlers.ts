import type { personTrendsMethods } from '../../shared/person-trends';
import type { HandlersOf } from '../compose-handlers';
import type { PersonTrendsService } from './person-trends-service';

export function personTrendsHandlers(trends: PersonTrendsService): HandlersOf<typeof personTrendsMethods> {
  return {
    'personTrends.forPerson': (input) => trends.forPerson(input),
  };
}
