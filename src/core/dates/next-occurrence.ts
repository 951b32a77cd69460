import { civilDayNumber, dayNumber, daysBetween } from '../calendar/local-days';

export interface Occurrence {
  /** Next occurrence on or after today (YYYY-MM-DD), or null for a one-off date already past. */
  nextOn: string | null;
  daysUntil: number | null;
  /** For yearly dates: which anniversary nextOn is (an age, years at work); null for one-off dates. */
  years: number | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The day of the month `month`/`day` falls on in `year`: 29 February is 28 February in common years. */
function dayOfMonthIn(year: number, month: number, day: number): number {
  return month === 2 && day === 29 && !isLeap(year) ? 28 : day;
}

function dayNumberIn(year: number, month: number, day: number): number {
  return civilDayNumber(year, month, dayOfMonthIn(year, month, day));
}

/**
 * When a dated thing next comes round, counted in local calendar days. A 29 February date falls on
 * 28 February in other years, so it is never skipped. Integer day numbers rather than a date
 * library, and the date written out once: attention asks this for every person's work anniversary
 * on each read of Today.
 */
export function nextOccurrence(on: string, yearly: boolean, today: string, minYears = 0): Occurrence {
  if (!yearly) {
    const daysUntil = daysBetween(today, on);
    return daysUntil >= 0 ? { nextOn: on, daysUntil, years: null } : { nextOn: null, daysUntil: null, years: null };
  }
  const year = Number(on.slice(0, 4));
  const month = Number(on.slice(5, 7));
  const day = Number(on.slice(8, 10));
  const todayNumber = dayNumber(today);
  let years = Math.max(minYears, Number(today.slice(0, 4)) - year);
  while (dayNumberIn(year + years, month, day) < todayNumber) years += 1;
  const nextYear = year + years;
  return {
    nextOn: `${pad(nextYear, 4)}-${pad(month)}-${pad(dayOfMonthIn(nextYear, month, day))}`,
    daysUntil: dayNumberIn(nextYear, month, day) - todayNumber,
    years,
  };
}
