import type { StoredReminder } from '../../../shared/reminders';

/**
 * What became of a reminder, in the words of Settings → Reminders: the last thing that happened to
 * it wins (opened after it was shown is "Opened").
 */
export function reminderFate(reminder: StoredReminder): string {
  if (reminder.openedAt !== null) return 'Opened';
  if (reminder.dismissedAt !== null) return 'Dismissed';
  if (reminder.shownAt !== null) return 'Shown';
  if (reminder.failedReason !== null) return `Not shown: ${reminder.failedReason}`;
  return 'On its way';
}
