import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { PrepCommitment } from '../../../shared/prep';
import { daysAgoWords, dueWords } from '../../../shared/words';

/** Small wordings for the prep sheet, kept pure so they read the same everywhere. */

/** "today", "yesterday", "12 days ago" (the app's words: src/shared/words.ts). */
export const daysAgo = daysAgoWords;

/** "made 4 days ago · 2 days overdue", "made 3 days ago · due today", "made today". */
export function commitmentAge(item: Pick<PrepCommitment, 'ageDays' | 'daysOverdue' | 'dueOn'>, today: string): string {
  const made = `made ${daysAgo(item.ageDays)}`;
  if (item.daysOverdue !== null) return `${made} · ${item.daysOverdue === 1 ? '1 day' : `${item.daysOverdue} days`} overdue`;
  // A promise due at this very 1:1 is what the leader most needs to see before it starts.
  return item.dueOn === null ? made : `${made} · ${dueWords(item.dueOn, today)}`;
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
