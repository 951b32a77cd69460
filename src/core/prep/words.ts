import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import { listDay as shortDay } from '../../shared/words';

/** How the prep sheet words days, counts and names, so every section says them the same way. */

/** "3 Nov", or "3 Nov 2025" outside the current year: the app's one style for a day in a list (src/shared/words.ts). */
export { shortDay };

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
