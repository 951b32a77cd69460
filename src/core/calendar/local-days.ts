import { addDays, differenceInCalendarDays, format, getDay, parseISO } from 'date-fns';

/**
 * Arithmetic on local calendar days written as `YYYY-MM-DD`. Working on the day strings (never on
 * instants) is what keeps "days since" immune to daylight-saving changes and to the leader
 * travelling between time zones: a day logged in New York is still that day in London.
 */

const DAY_FORMAT = 'yyyy-MM-dd';

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

export function shiftDay(day: string, days: number): string {
  return format(addDays(parseISO(day), days), DAY_FORMAT);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return getDay(parseISO(day));
}

/** "Friday". */
export function weekdayName(day: string): string {
  return format(parseISO(day), 'EEEE');
}
