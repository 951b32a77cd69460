import { format, getYear, isLeapYear, isMatch, parseISO, subDays } from 'date-fns';
import { TendError } from '../errors';

const DAY = 'yyyy-MM-dd';

/** Why `day` cannot be a journal day (not YYYY-MM-DD, no such date, after today), or null when it can. */
export function journalDayProblem(day: string, today: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return 'Enter the day as YYYY-MM-DD.';
  if (!isMatch(day, DAY)) return 'That day does not exist; pick a real date.';
  if (day > today) return 'A journal entry cannot be for a day in the future; pick today or an earlier day.';
  return null;
}

/** The day itself when it is a valid journal day; otherwise a typed error on the `day` field. */
export function requireJournalDay(day: string, today: string): string {
  const problem = journalDayProblem(day, today);
  if (problem) throw new TendError('invalid_input', problem, 'day');
  return day;
}

/**
 * Consecutive days with an entry, ending today — or yesterday, so the count does not drop to zero in
 * the morning before today's entry is written. Any gap ends it; days after today are ignored.
 */
export function journalStreak(entryDays: readonly string[], today: string): number {
  const days = new Set(entryDays);
  let cursor = parseISO(today);
  if (!days.has(today)) cursor = subDays(cursor, 1);
  let streak = 0;
  while (days.has(format(cursor, DAY))) {
    streak += 1;
    cursor = subDays(cursor, 1);
  }
  return streak;
}

/**
 * Kept modest (PRODUCT.md: no guilt): a run is mentioned from two days on, plainly, and a broken one
 * is simply not mentioned.
 */
export function streakLabel(streak: number): string | null {
  return streak >= 2 ? `${streak} days in a row` : null;
}

/**
 * The month-days (`MM-DD`) whose entries in earlier years show "on this day". 29 February entries show on
 * 28 February in common years (the same day the app observes a 29 February birthday), and on the 29th
 * in leap years, so they are never skipped and never shown twice in one year.
 */
export function onThisDayMonthDays(today: string): string[] {
  const monthDay = today.slice(5);
  if (monthDay === '02-28' && !isLeapYear(parseISO(today))) return ['02-28', '02-29'];
  return [monthDay];
}

/** Entry days from earlier years that fall "on this day", newest first. */
export function onThisDay(entryDays: readonly string[], today: string): string[] {
  const monthDays = new Set(onThisDayMonthDays(today));
  const year = getYear(parseISO(today));
  return [...new Set(entryDays)]
    .filter((day) => Number(day.slice(0, 4)) < year && monthDays.has(day.slice(5)))
    .sort()
    .reverse();
}
