import type { AppInfo } from '../../../shared/app';
import type { CaptureStatus } from '../../../shared/capture';
import type { MethodInput } from '../../../shared/contract';
import type { ReminderPlatform, TestReminderResult } from '../../../shared/reminders';
import type { Settings } from '../../../shared/settings';
import { call } from '../../app/api';
import { written } from '../../app/data-changes';

/** Every call the Settings view makes. Failures reject with ApiFailure, whose `field` names the setting. */

/** The version and data folder shown on Settings. */
export function loadAppInfo(): Promise<AppInfo> {
  return call('app.info');
}

export function loadSettings(): Promise<Settings> {
  return call('settings.get');
}

/** Saves some fields; nothing is written if one is wrong. Resolves once open views show the change. */
export function saveSettings(patch: MethodInput<'settings.set'>): Promise<Settings> {
  return written('settings.set', patch);
}

/** "Do not remind me until …"; null resumes. */
export function pauseReminders(until: Date | null): Promise<Settings> {
  return written('reminders.pause', { until: until === null ? null : until.toISOString() });
}

export function sendTestReminder(): Promise<TestReminderResult> {
  return call('reminders.test');
}

/** Whether the quick-capture shortcut works here, or why not (another app holds it; the browser has none). */
export function loadCaptureStatus(): Promise<CaptureStatus> {
  return call('capture.status');
}

export function loadReminderPlatform(): Promise<ReminderPlatform> {
  return call('reminders.platform');
}
