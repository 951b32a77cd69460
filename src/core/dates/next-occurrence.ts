import { addYears, differenceInCalendarDays, getYear } from 'date-fns';
import { formatDay, parseDay } from '../calendar/local-days';

export interface Occurrence {
  /** Next occurrence on or after today (YYYY-MM-DD), or null for a one-off date already past. */
  nextOn: string | null;
  daysUntil: number | null;
  /** For yearly dates: which anniversary nextOn is (an age, years at work); null for one-off dates. */
  years: number | null;
}

/**
 * When a dated thing next comes round, counted in local calendar days. A 29 February date falls on
 * 28 February in other years (date-fns clamps to the month's end), so it is never skipped.
 */
export function nextOccurrence(on: string, yearly: boolean, today: string, minYears = 0): Occurrence {
  const start = parseDay(on);
  const now = parseDay(today);
  if (!yearly) {
    const daysUntil = differenceInCalendarDays(start, now);
    return daysUntil >= 0 ? { nextOn: on, daysUntil, years: null } : { nextOn: null, daysUntil: null, years: null };
  }
  let years = Math.max(minYears, getYear(now) - getYear(start));
  let next = addYears(start, years);
  while (differenceInCalendarDays(next, now) < 0) {
    years += 1;
    next = addYears(start, years);
  }
  return { nextOn: formatDay(next), daysUntil: differenceInCalendarDays(next, now), years };
}
