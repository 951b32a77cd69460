import { differenceInCalendarDays, startOfDay } from 'date-fns';
import type { Commitment } from '../../../../shared/commitments';
import { parseLocalDay } from '../../../app/dates';

/** How a commitment's due day reads, and whether it is overdue, counted in local calendar days. */

export interface DueWords {
  text: string;
  overdue: boolean;
  /** Due today: worth a glance, not an alarm. */
  today: boolean;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "3 days overdue", "Due today", "Due tomorrow", "Due in 5 days"; null when it has no due day or is closed. */
export function dueWords(commitment: Pick<Commitment, 'dueOn' | 'status'>, now: Date): DueWords | null {
  if (!commitment.dueOn || commitment.status !== 'open') return null;
  const due = parseLocalDay(commitment.dueOn);
  if (!due) return null;
  const days = differenceInCalendarDays(due, startOfDay(now));
  if (days < 0) return { text: `${plural(-days, 'day')} overdue`, overdue: true, today: false };
  if (days === 0) return { text: 'Due today', overdue: false, today: true };
  if (days === 1) return { text: 'Due tomorrow', overdue: false, today: false };
  return { text: `Due in ${plural(days, 'day')}`, overdue: false, today: false };
}
