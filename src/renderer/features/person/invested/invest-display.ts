import type { AttentionState } from '../../../../shared/attention';
import { INVESTMENT_KIND_LABELS, minutesLabel } from '../../../../shared/investments';
import type { InvestedStrip } from '../../../../shared/profile';

/** Words for time invested, shared by the header strip and the timeline. */

// Shared with the Markdown export, so the app and the export name time the same way.
export { INVESTMENT_KIND_LABELS, minutesLabel };

/** The state as a word, so it is never carried by colour alone. */
export const STATE_WORDS: Record<AttentionState, string> = {
  ok: 'On rhythm',
  due: 'Due',
  overdue: 'Overdue',
  never: 'Not yet',
};

/** "Last invested 12 days ago" / "today" / "Nothing invested yet". */
export function lastInvestedLabel(strip: InvestedStrip): string {
  if (strip.daysSince === null) return 'Nothing invested yet';
  if (strip.daysSince === 0) return 'Last invested today';
  if (strip.daysSince === 1) return 'Last invested yesterday';
  return `Last invested ${strip.daysSince} days ago`;
}

/** "every 7 days" / "every day". */
export function cadenceWords(days: number): string {
  return days === 1 ? 'every day' : `every ${days} days`;
}

/** "2 h 15 this month" / "nothing this month". */
export function monthLabel(minutes: number): string {
  return minutes === 0 ? 'nothing this month' : `${minutesLabel(minutes)} this month`;
}
