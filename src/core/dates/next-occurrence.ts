import { daysBetween } from '../calendar/local-days';

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

/** `month`/`day` in `year`; 29 February falls on 28 February in common years. */
function dayIn(year: number, month: number, day: number): string {
  const clamped = month === 2 && day === 29 && !isLeap(year) ? 28 : day;
  return `${pad(year, 4)}-${pad(month)}-${pad(clamped)}`;
}

/**
 * When a dated thing next comes round, counted in local calendar days. A 29 February date falls on
 * 28 February in other years, so it is never skipped. Plain string arithmetic rather than a date
 * library: attention asks this for every date of every person on each read of Today.
 */
export function nextOccurrence(on: string, yearly: boolean, today: string, minYears = 0): Occurrence {
  if (!yearly) {
    const daysUntil = daysBetween(today, on);
    return daysUntil >= 0 ? { nextOn: on, daysUntil, years: null } : { nextOn: null, daysUntil: null, years: null };
  }
  const year = Number(on.slice(0, 4));
  const month = Number(on.slice(5, 7));
  const day = Number(on.slice(8, 10));
  let years = Math.max(minYears, Number(today.slice(0, 4)) - year);
  let next = dayIn(year + years, month, day);
  while (daysBetween(today, next) < 0) {
    years += 1;
    next = dayIn(year + years, month, day);
  }
  return { nextOn: next, daysUntil: daysBetween(today, next), years };
}
