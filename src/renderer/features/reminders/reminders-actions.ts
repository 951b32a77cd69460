import type { EventPayloads } from '../../../shared/contract';
import type { StoredReminder } from '../../../shared/reminders';
import { call, messageOf } from '../../app/api';
import { written } from '../../app/data-changes';
import { router } from '../../app/router.svelte';
import { hrefFor, parseRoute } from '../../app/routes';
import { toasts } from '../../app/toasts.svelte';

/** Reminders in the app: the Missed list and the in-app toast, each a call through the contract. */

export function loadMissed(): Promise<StoredReminder[]> {
  return call('reminders.missed');
}

/** Every recent reminder with what became of it, for Settings → Reminders. */
export function loadReminderHistory(): Promise<StoredReminder[]> {
  return call('reminders.history');
}

/** Marks it opened (it leaves the Missed list) and goes where it points. */
export async function openReminder(id: string): Promise<void> {
  try {
    const { route } = await written('reminders.open', { id });
    router.navigateTo(route);
  } catch (error) {
    toasts.show(messageOf(error, 'Tend could not open that reminder; please try again.'));
  }
}

/** Clears one reminder, or every one, from the Missed list. */
export async function dismissReminder(id: string | 'all'): Promise<void> {
  try {
    await written('reminders.dismiss', { id });
  } catch (error) {
    toasts.show(messageOf(error, 'Tend could not clear that reminder; please try again.'));
  }
}

/**
 * A reminder the host pushed while this window is open: a toast with its title and body. "Open"
 * marks it opened and goes to its view; closing the toast dismisses it, since the user has seen it.
 * A test reminder has no id and nothing to record, so "Open" just goes to its view. A reminder for
 * the view already showing (the journal's, while writing in it) offers no "Open" that would do nothing.
 */
export function showReminder(reminder: EventPayloads['reminder']): void {
  const { id, route } = reminder;
  const here = route !== undefined && hrefFor(parseRoute(route)) === hrefFor(router.route);
  const open = here ? null : id !== undefined ? () => openReminder(id) : route !== undefined ? () => router.navigateTo(route) : null;
  toasts.show(
    reminder.body,
    open ? { label: 'Open', run: open } : undefined,
    { title: reminder.title, ...(id !== undefined ? { onClose: () => void dismissReminder(id) } : {}) },
  );
}
