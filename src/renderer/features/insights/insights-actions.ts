import type { InsightsOverview, InsightsPeriodChoice } from '../../../shared/insights';
import { call } from '../../app/api';
import { PERIOD_KEY } from './insights-read-ahead';
import { periodFromStorage } from './insights-words';

/** What Insights asks of the core, and the period it remembers between visits (in this window's storage). */

/** Every panel for one period; the core counts weeks from the stored week-start setting. */
export function loadOverview(period: InsightsPeriodChoice): Promise<InsightsOverview> {
  return call('insights.overview', { period });
}

export function rememberedPeriod(storage: Pick<Storage, 'getItem'> = localStorage): InsightsPeriodChoice {
  try {
    return periodFromStorage(storage.getItem(PERIOD_KEY));
  } catch {
    return periodFromStorage(null);
  }
}

export function rememberPeriod(period: InsightsPeriodChoice, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(PERIOD_KEY, JSON.stringify(period));
  } catch {
    // Storage full or refused: the next visit starts from 12 weeks again.
  }
}
