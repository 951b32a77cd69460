import type { InsightsPeriodChoice } from '../../../shared/insights';
import { readAhead } from '../../app/read-ahead';

/** Where Insights keeps the period chosen last (this window's storage); insights-actions reads and writes it. */
export const PERIOD_KEY = 'tend.insightsPeriod';

/** What Insights shows before any choice. */
export const DEFAULT_PERIOD: InsightsPeriodChoice = { kind: 'weeks', weeks: 12 };

/**
 * The overview Insights asks for as it mounts, started when the route is known so the answer travels
 * with the view's code (issue 18). The remembered period is taken as stored, unchecked: the first
 * script carries no schema. The view checks it; a stored period it refuses asks for the default
 * instead, which this early answer does not match, so it goes unused and is forgotten.
 */
export function readInsightsAhead(storage: Pick<Storage, 'getItem'> = localStorage): void {
  let period: unknown = DEFAULT_PERIOD;
  try {
    const stored = storage.getItem(PERIOD_KEY);
    if (stored !== null) period = JSON.parse(stored);
  } catch {
    // Unreadable storage or text: the view falls back to the default, and so does this.
  }
  readAhead('insights.overview', { period: period as InsightsPeriodChoice });
}
