import type { ReminderPlatform, ShowOutcome } from '../../shared/reminders';
import type { ReminderToShow } from './scheduler';

/**
 * What a host does with a reminder: the Electron main process shows a system notification, the web
 * host sends a `reminder` event to open tabs. Each says what it can do and how to fix what it cannot.
 */
export interface ReminderHost {
  /**
   * Shows the words it is given: the planner's, or the nameless ones while Tend is locked. The
   * nameless words also come in `whileLocked`, for a host that shows one reminder in several places
   * of which some are locked (the web host's tabs).
   */
  show(reminder: ReminderToShow): Promise<ShowOutcome>;
  platform(): ReminderPlatform;
  /** One sentence on how to get reminders showing here after `outcome`; null when it was shown. */
  fixFor(outcome: ShowOutcome): string | null;
}

/** A core without a host that shows anything (tests of other features, benchmarks). */
export function silentReminderHost(host: ReminderPlatform['host']): ReminderHost {
  const reason = 'This copy of Tend has no way to show reminders.';
  return {
    show: async () => ({ status: 'unsupported', reason }),
    platform: () => ({ host, os: process.platform, notifications: 'unsupported', notificationsNote: reason, tray: false, trayNote: null }),
    fixFor: (outcome) => (outcome.status === 'shown' ? null : 'Open Tend in its desktop app or the local web host to get reminders.'),
  };
}

/** The reminder "Send a test reminder" shows: not stored, so it never lands in the Missed list. */
export const TEST_REMINDER: ReminderToShow = {
  id: 'test',
  kind: 'digest',
  key: 'test',
  title: 'Reminders from Tend will look like this',
  body: 'You can change when they come in Settings.',
  whileLocked: { title: 'Reminders from Tend will look like this', body: 'You can change when they come in Settings.' },
  route: '#/settings',
  catchUp: false,
};
