import { differenceInCalendarDays, format, parseISO, subDays } from 'date-fns';
import { ONE_ON_ONE } from './investment-kinds';

/** Before a first one-on-one, "since last time" looks back this many days instead of over all history. */
export const FIRST_PREP_LOOKBACK_DAYS = 30;

export interface DatedInvestment {
  kind: string;
  on: string;
}

/** An inclusive range of local days. */
export interface DayWindow {
  from: string;
  to: string;
}

/** The newest one-on-one on or before today; `investments` newest first, so it stops at the first. */
export function lastOneOnOneDay(investments: readonly DatedInvestment[], today: string): string | null {
  return investments.find((investment) => investment.kind === ONE_ON_ONE && investment.on <= today)?.on ?? null;
}

/** The newest investment of any kind on or before today; `investments` newest first. */
export function lastInvestmentDay(investments: readonly DatedInvestment[], today: string): string | null {
  return investments.find((investment) => investment.on <= today)?.on ?? null;
}

/** Whole local days from `day` to today (0 for today), or null when there is no such day. */
export function daysSince(day: string | null, today: string): number | null {
  return day === null ? null : differenceInCalendarDays(parseISO(today), parseISO(day));
}

/**
 * The days "since last time" covers: from the last one-on-one's own day (its note is what the leader
 * wants to reread) through today; before any one-on-one, the last 30 days.
 */
export function sinceLastOneOnOne(lastOneOnOne: string | null, today: string): DayWindow {
  const from = lastOneOnOne ?? format(subDays(parseISO(today), FIRST_PREP_LOOKBACK_DAYS), 'yyyy-MM-dd');
  return { from, to: today };
}

/** The items whose day falls in the window, in their given order. */
export function inWindow<T>(items: readonly T[], window: DayWindow, dayOf: (item: T) => string): T[] {
  return items.filter((item) => {
    const day = dayOf(item);
    return day >= window.from && day <= window.to;
  });
}
