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
