import type { insightsMethods } from '../../shared/insights';
import type { HandlersOf } from '../compose-handlers';
import type { InsightsService } from './insights-service';

export function insightsHandlers(insights: InsightsService): HandlersOf<typeof insightsMethods> {
  return {
    'insights.overview': (input) => insights.overview(input),
  };
}
