import { TEST_REMINDER, type ReminderHost } from '../core/reminders/reminder-host';
import type { EventName, EventPayloads } from '../shared/contract';

const NO_TAB = 'No Tend tab was open to show it.';

/**
 * The web host shows reminders in the app itself: a `reminder` event to every open tab. It counts as
 * shown once it was written to at least one open event stream; otherwise it waits in the Missed list.
 */
export function webReminderHost(send: <E extends EventName>(event: E, payload: EventPayloads[E], nameless?: EventPayloads[E]) => number): ReminderHost {
  return {
    async show(reminder) {
      // The test reminder is not stored: it goes without an id, so the page has nothing to open or dismiss.
      const id = reminder.id === TEST_REMINDER.id ? {} : { id: reminder.id };
      const { title, body } = reminder.whileLocked;
      const tabs = send('reminder', { ...id, title: reminder.title, body: reminder.body, route: reminder.route }, { ...id, title, body, route: reminder.route });
      return tabs > 0 ? { status: 'shown' } : { status: 'failed', reason: NO_TAB };
    },
    platform: () => ({
      host: 'web',
      os: process.platform,
      notifications: 'in-app',
      notificationsNote: 'In the browser, reminders appear inside Tend while a Tend tab is open.',
      tray: false,
      trayNote: 'The browser version of Tend has no tray icon.',
    }),
    fixFor: (outcome) => (outcome.status === 'shown' ? null : 'Keep a Tend tab open to see reminders as they come; missed ones wait on Today.'),
  };
}
