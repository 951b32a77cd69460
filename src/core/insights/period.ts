import { CUSTOM_RANGE_MAX_DAYS, type InsightsPeriod, type InsightsPeriodChoice, type InsightsWeek } from '../../shared/insights';
import { dayNumber, dayOfNumber, daysBetween, shiftDay, weekOf, type WeekStartsOn } from '../calendar/local-days';
import { TendError } from '../errors';

/** The first day of the calendar quarter holding `day`. */
export function quarterStartOf(day: string): string {
  const month = Number(day.slice(5, 7));
  const first = month - ((month - 1) % 3);
  return `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

/**
 * The weeks that overlap `startsOn`…`endsOn`, each clipped to those days. Day numbers only, so a DST
 * change never makes a week 6 or 8 days, and a year's 104 week boundaries are named without date-fns.
 */
export function weeksOf(startsOn: string, endsOn: string, weekStartsOn: WeekStartsOn): InsightsWeek[] {
  const weeks: InsightsWeek[] = [];
  const start = dayNumber(startsOn);
  const end = dayNumber(endsOn);
  for (let first = dayNumber(weekOf(startsOn, weekStartsOn).startsOn); first <= end; first += 7) {
    const last = first + 6;
    weeks.push({ startsOn: first < start ? startsOn : dayOfNumber(first), endsOn: last > end ? endsOn : dayOfNumber(last) });
  }
  return weeks;
}

/**
 * The days a period choice covers on `today`. "Last 12 weeks" is the current week and the 11 before
 * it, so the chart's columns are whole weeks from the week-start setting; no period reaches past today.
 */
export function resolvePeriod(choice: InsightsPeriodChoice, today: string, weekStartsOn: WeekStartsOn): InsightsPeriod {
  let startsOn: string;
  let endsOn = today;
  if (choice.kind === 'weeks') {
    startsOn = shiftDay(weekOf(today, weekStartsOn).startsOn, -7 * (choice.weeks - 1));
  } else if (choice.kind === 'quarter') {
    startsOn = quarterStartOf(today);
  } else {
    if (choice.from > choice.to) throw new TendError('invalid_input', 'The range must start on or before the day it ends.', 'period');
    if (choice.from > today) throw new TendError('invalid_input', 'The range must start today or earlier.', 'period');
    if (daysBetween(choice.from, choice.to) >= CUSTOM_RANGE_MAX_DAYS) {
      throw new TendError('invalid_input', 'Choose a range of two years or less.', 'period');
    }
    startsOn = choice.from;
    endsOn = choice.to < today ? choice.to : today;
  }
  const weeks = weeksOf(startsOn, endsOn, weekStartsOn);
  return { startsOn, endsOn, today, weeks, recentFrom: Math.max(0, weeks.length - 4) };
}

/** Which week of the grid starting on `gridStart` (the first week's unclipped first day) holds `day`. */
export function weekIndexOf(gridStart: string, day: string): number {
  return Math.floor(daysBetween(gridStart, day) / 7);
}
