import { powerMonitor } from 'electron';
import type { ReminderScheduler } from '../../../src/core/reminders/scheduler';

/**
 * Wakes the scheduler when the machine comes back: resume from sleep, the screen unlocked, the user
 * active again (macOS). None of these is reliable everywhere (resume does not fire on some Linux
 * setups and fires twice on some Windows ones), so the scheduler's own safety tick and jump detector
 * back them up, and it re-reads the time zone on every run, which covers a zone change without an
 * event for it. Never powerSaveBlocker: reminders must not keep the machine awake.
 */
export const WAKE_EVENTS = ['resume', 'unlock-screen', 'user-did-become-active'] as const;

export function wakeOnPowerEvents(scheduler: Pick<ReminderScheduler, 'wake'>): () => void {
  const listeners = WAKE_EVENTS.map((event) => {
    const listener = () => void scheduler.wake(event);
    powerMonitor.on(event as 'resume', listener);
    return () => powerMonitor.removeListener(event as 'resume', listener);
  });
  return () => {
    for (const remove of listeners) remove();
  };
}
