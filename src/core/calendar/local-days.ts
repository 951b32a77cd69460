import { addDays, format, getDay, parseISO } from 'date-fns';

/**
 * Arithmetic on local calendar days written as `YYYY-MM-DD`. Working on the day strings (never on
 * instants) is what keeps "days since" immune to daylight-saving changes and to the leader
 * travelling between time zones: a day logged in New York is still that day in London.
 */

const DAY_FORMAT = 'yyyy-MM-dd';

/**
 * Local midnight of a `YYYY-MM-DD` day. The same instant parseISO gives for a day string, several times
 * faster: the prep sheet and attention count days over every open commitment and date.
 */
export function parseDay(day: string): Date {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * The local calendar day of a date or instant, `YYYY-MM-DD`: what date-fns `format(date, 'yyyy-MM-dd')`
 * gives, spelled out because it runs per row over years of history (format costs ten times more).
 */
export function localDayOf(date: Date): string {
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

const DAY_MS = 86_400_000;

/** Midnight UTC of a `YYYY-MM-DD` day: on the UTC axis every day is exactly 24 hours long. */
function utcMidnight(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier). Counted on the UTC axis,
 * where no day is 23 or 25 hours, so the answer is exact without a time-zone library; attention
 * calls this for every person on every read, so it must be cheap.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
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
