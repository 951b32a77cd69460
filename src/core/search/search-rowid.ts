import { dayNumber } from '../calendar/local-days';

/**
 * The search index's rowids order by day (see migration 009): (days since 1970) × 2^24 + the order
 * written within the day. Kept in step with `PER_DAY` and `dayBase` there.
 */
export const ROWS_PER_DAY = 16_777_216;

/** The first rowid of a `YYYY-MM-DD` day. */
export function firstRowidOf(day: string): number {
  return dayNumber(day) * ROWS_PER_DAY;
}
