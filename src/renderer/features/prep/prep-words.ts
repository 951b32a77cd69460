import { differenceInCalendarDays, parseISO } from 'date-fns';
import { daysAgoWords } from '../../../shared/words';

/** Small wordings for the prep sheet, kept pure so they read the same everywhere. */

/** "today", "yesterday", "12 days ago" (the app's words: src/shared/words.ts). */
export const daysAgo = daysAgoWords;

/** "made 4 days ago · 2 days overdue". */
export function commitmentAge(ageDays: number, daysOverdue: number | null): string {
  const made = `made ${daysAgo(ageDays)}`;
  if (daysOverdue === null) return made;
  return `${made} · ${daysOverdue === 1 ? '1 day' : `${daysOverdue} days`} overdue`;
}

/**
 * An empty "Since last time". From the last 1:1 it names that day; before any 1:1 the sheet looks
 * back a fixed number of days, which can reach before the person was added, so it counts the days
 * instead ("since 24 Oct." read as if they had been on the team then).
 */
export function nothingSinceWords(since: { lastOneOnOneOn: string | null; from: string; to: string }, dayWords: (day: string) => string): string {
  if (since.lastOneOnOneOn !== null) return `Nothing written since ${dayWords(since.from)}.`;
  const days = differenceInCalendarDays(parseISO(since.to), parseISO(since.from));
  return `Nothing written in the last ${days} days.`;
}
