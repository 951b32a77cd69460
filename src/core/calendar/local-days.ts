import { addDays, format, getDay, parseISO, startOfWeek } from 'date-fns';

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

/** The first day of the month that holds `day`: the Invested strip's "this month" starts there. */
export function firstOfMonth(day: string): string {
  return `${day.slice(0, 8)}01`;
}

/** The number written by `length` ASCII digits of `text` from `start`, without slicing a new string. */
function digits(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * Days from 1970-01-01 to `year`-`month`-`day` on the proleptic Gregorian calendar (H. Hinnant's
 * days-from-civil): plain integer arithmetic, so no day is 23 or 25 hours and nothing is allocated.
 * A day past its month's end runs on into the next month, as Date.UTC would have it.
 */
export function civilDayNumber(year: number, month: number, day: number): number {
  const y = year - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** civilDayNumber of a `YYYY-MM-DD` day, read without slicing new strings. */
export function dayNumber(day: string): number {
  return civilDayNumber(digits(day, 0, 4), digits(day, 5, 2), digits(day, 8, 2));
}

/**
 * The `YYYY-MM-DD` day of a day number (dayNumber's inverse, beside it: days from 1970-01-01 on the proleptic
 * Gregorian calendar, H. Hinnant's civil-from-days). Insights names hundreds of days per read (each
 * person's latest day of each kind, a year's week boundaries); shiftDay's parse and format cost
 * several microseconds each, this a few dozen nanoseconds. Years 1000 to 9999, as stored days are.
 */
export function dayOfNumber(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier), exact without a time-zone
 * library. Attention calls this several times per person and per open commitment on every read, so
 * it must cost next to nothing.
 */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
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

/** 0 Sunday … 6 Saturday, as date-fns and the week-start setting number them. */
export type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The week that holds `day`, seven days from the user's week start (Monday unless they chose another). */
export function weekOf(day: string, weekStartsOn: WeekStartsOn = 1): { startsOn: string; endsOn: string } {
  const first = startOfWeek(parseISO(day), { weekStartsOn });
  return { startsOn: format(first, DAY_FORMAT), endsOn: format(addDays(first, 6), DAY_FORMAT) };
}
