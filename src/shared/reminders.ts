import * as v from 'valibot';
import { Id } from './fields';
import type { MethodTable } from './method-table';
import { PauseUntil, type Settings } from './settings';

/**
 * Reminders as the app records them (issue 11). Notifications are best effort — Focus Assist, Do Not
 * Disturb, an unsigned macOS build or a missing notification daemon drop them silently — so every
 * reminder Tend decides to show is stored. One that never reached the screen waits in the in-app
 * Missed list until it is opened, dismissed or superseded; all of them stay in the history.
 */

export const REMINDER_KINDS = ['digest', 'reflection', 'date', 'one-on-one'] as const;
export type ReminderKindName = (typeof REMINDER_KINDS)[number];

export interface StoredReminder {
  id: string;
  kind: ReminderKindName;
  title: string;
  body: string;
  /** Where opening it goes: '#/today', '#/people/<id>', '#/journal'. */
  route: string;
  /** The local day it was decided on, YYYY-MM-DD. */
  localDay: string;
  decidedAt: string;
  /** When the host confirmed it was on screen; null if it never was (dropped, failed, no window open). */
  shownAt: string | null;
  /** Why showing it failed, in the platform's words; null when it was shown or is still on its way. */
  failedReason: string | null;
  /** When the user opened it (from the notification, the toast or the Missed list). */
  openedAt: string | null;
  dismissedAt: string | null;
}

/** How many reminders Settings → Reminders lists, newest first. */
export const REMINDER_HISTORY_LIMIT = 100;

/** What happened when Tend tried to show a notification. */
export type ShowOutcome =
  | { status: 'shown' }
  | { status: 'failed'; reason: string }
  | { status: 'unsupported'; reason: string };

/** The answer to "Send a test reminder": what happened and, unless it was shown, what to do about it. */
export type TestReminderResult = ShowOutcome & {
  /** One sentence with the fix for this platform; null when it was shown. */
  fix: string | null;
};

/** What this host can do, for Settings to explain what is missing and why. */
export interface ReminderPlatform {
  host: 'electron' | 'web';
  /** 'darwin' | 'win32' | 'linux' | … as Node names it. */
  os: string;
  notifications: 'supported' | 'unsupported' | 'in-app';
  /** Why notifications are unavailable or unreliable here, or null. */
  notificationsNote: string | null;
  /** A tray icon exists, so closing the window can keep Tend running. */
  tray: boolean;
  /** Why there is no tray here (e.g. GNOME without AppIndicator), or null. */
  trayNote: string | null;
}

const NoInput = v.optional(v.strictObject({}), {});

export const ReminderIdInput = v.strictObject({ id: Id });
export const ReminderDismissInput = v.strictObject({
  id: v.union([Id, v.literal('all')], 'Give a reminder id or "all".'),
});
export const ReminderPauseInput = v.strictObject({ until: PauseUntil });

export const remindersMethods = {
  /**
   * What still needs action, newest first: reminders never on screen (dropped, failed, no window),
   * neither opened nor dismissed, only the newest digest and reflection, no heads-up for a date past.
   */
  'reminders.missed': { input: NoInput, touches: [] },
  /** Every reminder on record, newest first (the last REMINDER_HISTORY_LIMIT), with what became of it. */
  'reminders.history': { input: NoInput, touches: [] },
  /** Marks a reminder opened and returns the route it points at. */
  'reminders.open': { input: ReminderIdInput, touches: ['reminders'] },
  /** Clears one reminder, or all of them, from the Missed list. */
  'reminders.dismiss': { input: ReminderDismissInput, touches: ['reminders'] },
  /** Shows a test notification now and says what happened. Not recorded in the Missed list. */
  'reminders.test': { input: NoInput, touches: [] },
  /** "Do not remind me until …" (null resumes); writes `pauseUntil` in settings. */
  'reminders.pause': { input: ReminderPauseInput, touches: ['settings'] },
  /** Whether notifications and a tray exist here, and why not. */
  'reminders.platform': { input: NoInput, touches: [] },
} as const satisfies MethodTable;

export interface RemindersResults {
  'reminders.missed': StoredReminder[];
  'reminders.history': StoredReminder[];
  'reminders.open': { route: string };
  'reminders.dismiss': { dismissed: number };
  'reminders.test': TestReminderResult;
  'reminders.pause': Settings;
  'reminders.platform': ReminderPlatform;
}
