import type { Clock } from '../clock';
import type { SettingsService } from '../settings/settings-service';
import type { ReminderHost } from './reminder-host';
import type { RemindersStore } from './reminders-store';
import { createReminderScheduler, type AttentionForReminders, type ReminderScheduler, type Timers } from './scheduler';

export interface StartRemindersOptions {
  /** The attention summary, adapted with `reminderAttentionFrom`. */
  attention: () => AttentionForReminders;
  onAttentionChanged?: (count: number) => void;
  timers?: Timers;
  /** Defaults to the zone the process sees now. */
  timeZone?: () => string;
}

export interface ReminderParts {
  clock: Clock;
  settings: SettingsService;
  store: RemindersStore;
  host: ReminderHost;
  /** Subscribes to writes; the scheduler re-plans after each. */
  onDataChanged(listener: () => void): () => void;
  /** The scheduler writes what it showed: it starts once this resolves, and never if it rejects. */
  ready?: Promise<void>;
  /** True while Tend is locked: each reminder then goes out in its words without names. */
  locked?: () => boolean;
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The scheduler both hosts run, re-planning after every write (data or settings). Stop it before closing the database. */
export function startReminders(parts: ReminderParts, options: StartRemindersOptions): ReminderScheduler & { stop(): void } {
  const scheduler = createReminderScheduler({
    clock: parts.clock,
    timeZone: options.timeZone ?? systemTimeZone,
    attention: options.attention,
    settings: () => parts.settings.get(),
    store: parts.store,
    show: (reminder) => parts.host.show(parts.locked?.() ? { ...reminder, ...reminder.whileLocked } : reminder),
    ...(options.onAttentionChanged ? { onAttentionChanged: options.onAttentionChanged } : {}),
    ...(options.timers ? { timers: options.timers } : {}),
  });
  const ready = parts.ready ?? Promise.resolve();
  let stopped = false;
  // Until the scheduler may write, a request waits for it; after a refusal it does nothing.
  const once = (run: () => Promise<void>) => () => ready.then(() => (stopped ? undefined : run()), () => undefined);
  const unsubscribe = parts.onDataChanged(() => void scheduler.replan());
  const { replan, wake, settled, stop } = scheduler;
  void once(async () => scheduler.start())();
  return Object.assign(scheduler, {
    replan: once(replan),
    wake: (reason: string) => once(() => wake(reason))(),
    settled: once(settled),
    stop() {
      stopped = true;
      unsubscribe();
      stop();
    },
  });
}
