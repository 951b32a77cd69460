import { app, Notification } from 'electron';
import { log } from '../../../src/core/log';
import type { ReminderHost } from '../../../src/core/reminders/reminder-host';
import type { ReminderPlatform, ShowOutcome } from '../../../src/shared/reminders';

const logger = log('notifications');

/** How long to wait for the OS to say a notification is on screen before counting it as not shown. */
export const CONFIRM_TIMEOUT_MS = 10_000;

export interface NotifierOptions {
  /** The appId of the build (electron-builder's), used as the Windows AppUserModelID. */
  appId: string;
  platform: NodeJS.Platform;
  /** A click: bring the window forward and open `route`. */
  onClick(route: string): void;
  /** What the tray can do here, for `reminders.platform`. */
  tray(): Pick<ReminderPlatform, 'tray' | 'trayNote'>;
}

const UNSUPPORTED: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'No notification service is running on this desktop, so reminders wait in Tend’s Missed list.',
};

const FIX: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'Turn off Focus Assist (Do not disturb) and allow notifications for Tend in Settings › System › Notifications.',
  darwin: 'Allow notifications for Tend in System Settings › Notifications; a build that is not signed cannot show them at all.',
  linux: 'Start a notification service (your desktop’s own, or one like dunst or mako), then send the test again.',
};

const NOTE: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'macOS shows notifications only from signed builds; if the test fails, reminders still wait in the Missed list.',
  win32: 'Focus Assist hides notifications without telling Tend; reminders also wait in the Missed list.',
};

/**
 * System notifications from the main process (never the renderer). Each Notification is kept
 * referenced until it is clicked, closed or has failed — otherwise it can be garbage-collected and
 * its click handler lost. Windows needs the AppUserModelID before the first toast, and gets no action
 * buttons (they never fire outside MSIX): snoozing lives in the app and the tray menu.
 */
export function createNotifier(options: NotifierOptions): ReminderHost & { readonly live: ReadonlySet<Notification> } {
  if (options.platform === 'win32') app.setAppUserModelId(options.appId);
  const live = new Set<Notification>();

  function show(reminder: { title: string; body: string; route: string }): Promise<ShowOutcome> {
    if (!Notification.isSupported()) {
      return Promise.resolve({ status: 'unsupported', reason: UNSUPPORTED[options.platform] ?? 'This system cannot show notifications.' });
    }
    return new Promise((resolve) => {
      const notification = new Notification({ title: reminder.title, body: reminder.body });
      live.add(notification);
      let settled = false;
      const settle = (outcome: ShowOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timeout);
        resolve(outcome);
      };
      const timeout = setTimeout(
        () => settle({ status: 'failed', reason: 'The system never confirmed the notification was shown.' }),
        CONFIRM_TIMEOUT_MS,
      );
      // Waiting for the system's word must not hold a quitting app open.
      timeout.unref();
      notification.on('show', () => settle({ status: 'shown' }));
      notification.on('failed', (_event, error) => {
        logger.warn(`notification failed on ${options.platform}: ${error}`);
        live.delete(notification);
        settle({ status: 'failed', reason: String(error) });
      });
      notification.on('click', () => {
        live.delete(notification);
        options.onClick(reminder.route);
      });
      notification.on('close', () => live.delete(notification));
      notification.show();
    });
  }

  return {
    show,
    platform: () => {
      const supported = Notification.isSupported();
      return {
        host: 'electron',
        os: options.platform,
        notifications: supported ? 'supported' : 'unsupported',
        notificationsNote: supported ? (NOTE[options.platform] ?? null) : (UNSUPPORTED[options.platform] ?? 'This system cannot show notifications.'),
        ...options.tray(),
      };
    },
    fixFor: (outcome) => (outcome.status === 'shown' ? null : (FIX[options.platform] ?? 'Allow notifications for Tend in your system settings.')),
    live,
  };
}
