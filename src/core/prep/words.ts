import { differenceInCalendarDays, format, parseISO } from 'date-fns';

/** How the prep sheet words days, counts and names, so every section says them the same way. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "3 Nov" in the current year, "3 Nov 2025" otherwise (UI.md: absolute dates stay short). Read straight
 * from the day string (what `format(…, 'd MMM')` writes): the prep sheet and its Markdown say dozens of days.
 */
export function shortDay(day: string, today: string): string {
  const dayAndMonth = `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
  return day.slice(0, 4) === today.slice(0, 4) ? dayAndMonth : `${dayAndMonth} ${day.slice(0, 4)}`;
}

/**
 * "today", "tomorrow", "on Friday" within the coming week, else "on 3 Dec". A weekday name is used only
 * up to six days ahead: seven days ahead is the same weekday as today, and "on Monday" would be read as today.
 */
export function relativeDay(day: string, today: string): string {
  const daysUntil = differenceInCalendarDays(parseISO(day), parseISO(today));
  if (daysUntil === 0) return 'today';
  if (daysUntil === 1) return 'tomorrow';
  if (daysUntil > 1 && daysUntil < 7) return `on ${format(parseISO(day), 'EEEE')}`;
  return `on ${shortDay(day, today)}`;
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "three" up to twelve, digits beyond, as in running text. */
export function countWord(n: number): string {
  return COUNT_WORDS[n] ?? String(n);
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 112th. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "Sam’s", "James’s": the possessive the rest of the app writes with a typographic apostrophe. */
export function possessive(name: string): string {
  return `${name}’s`;
}
