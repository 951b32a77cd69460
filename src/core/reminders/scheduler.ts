import { parseISO, subDays, format } from 'date-fns';
import type { ShowOutcome } from '../../shared/reminders';
import type { Clock } from '../clock';
import { log } from '../log';
import { detectClockJump } from './clock-jump';
import { planReminders, type ReminderAttention, type ReminderSettings } from './plan-reminders';
import { dedupe, type Reminder } from './reminder';
import type { RemindersStore } from './reminders-store';
import { MINUTE_MS, wallTimeAt } from './zoned-time';

const logger = log('scheduler');

/**
 * The host-agnostic reminder scheduler (issue 11, DESIGN "The scheduler"): one timer, re-armed after
 * every plan to the planner's next wake but never later than a coarse safety tick, because timers
 * drift and stall across sleep. Every run compares the wall clock with the last tick (resume does
 * not fire on some Linux setups and fires twice on some Windows ones), plans, stores each decided
 * reminder before showing it, and records it shown only when the host confirms. Runs never overlap:
 * a request during a run starts one more run after it, so racing wakes show one toast.
 */

/** What the scheduler reads from the attention summary: the planner's input plus the sidebar/tray count. */
export interface AttentionForReminders extends ReminderAttention {
  needingAttention: number;
}

/** A decided reminder as the host shows it; `id` is its row in the Missed list. */
export interface ReminderToShow extends Reminder {
  id: string;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SchedulerOptions {
  clock: Clock;
  /** The zone the machine is in now (read on every run, so a zone change applies at the next one). */
  timeZone: () => string;
  attention: () => AttentionForReminders;
  settings: () => ReminderSettings;
  store: RemindersStore;
  /** Shows a reminder and resolves with what happened; the scheduler records it. */
  show: (reminder: ReminderToShow) => Promise<ShowOutcome>;
  /** Called when the number of people needing attention changes (and once, on the first run). */
  onAttentionChanged?: (count: number) => void;
  timers?: Timers;
  safetyTickMs?: number;
}

export interface ReminderScheduler {
  /** Plans now and keeps planning until `stop`. */
  start(): void;
  /** Data or settings changed: plan again now. */
  replan(): Promise<void>;
  /** Resume, unlock, a time-zone or clock change: plan again now (the same as replan, logged as why). */
  wake(reason: string): Promise<void>;
  /** Resolves once no run is in progress or queued. */
  settled(): Promise<void>;
  stop(): void;
  /** When the timer is set to fire next (wall clock), or null before the first run and after stop. */
  readonly nextWakeAt: Date | null;
}

/** Timers stall across sleep: look again at least this often even when nothing is due. */
export const SAFETY_TICK_MS = 5 * MINUTE_MS;
/** How far back the record is read: a yearly date's occurrence must not be announced twice. */
const RECORD_DAYS = 400;

const realTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export function createReminderScheduler(options: SchedulerOptions): ReminderScheduler {
  const timers = options.timers ?? realTimers;
  const safetyTickMs = options.safetyTickMs ?? SAFETY_TICK_MS;
  let timer: unknown = null;
  let nextWakeAt: Date | null = null;
  let lastTick: Date | undefined;
  let armedFor = safetyTickMs;
  let lastCount: number | null = null;
  let stopped = true;
  let running: Promise<void> | null = null;
  let again = false;

  function arm(at: Date, now: Date): void {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (stopped) return;
    armedFor = Math.max(0, Math.min(at.getTime() - now.getTime(), safetyTickMs));
    nextWakeAt = new Date(now.getTime() + armedFor);
    timer = timers.setTimeout(() => {
      timer = null;
      void request('timer');
    }, armedFor);
  }

  async function showOne(reminder: Reminder, day: string): Promise<void> {
    const decided = options.store.decide(reminder, day);
    if (decided.concluded) return;
    let outcome: ShowOutcome;
    try {
      outcome = await options.show({ ...reminder, id: decided.id });
    } catch (error) {
      outcome = { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.status === 'shown') options.store.markShown(decided.id);
    else {
      logger.warn(`reminder ${reminder.key} not shown (${outcome.status}): ${outcome.reason}`);
      options.store.markFailed(decided.id, outcome.reason);
    }
  }

  async function runOnce(why: string): Promise<void> {
    const now = options.clock();
    let wakeAt = new Date(now.getTime() + safetyTickMs);
    try {
      if (lastTick) {
        const jump = detectClockJump(lastTick, now, armedFor);
        if (jump !== 'none') logger.info(`clock moved ${jump} since the last tick (${why}); one catch-up plan`);
      }
      const timeZone = options.timeZone();
      const attention = options.attention();
      if (attention.needingAttention !== lastCount) {
        lastCount = attention.needingAttention;
        options.onAttentionChanged?.(lastCount);
      }
      const today = wallTimeAt(now, timeZone).day;
      const since = format(subDays(parseISO(today), RECORD_DAYS), 'yyyy-MM-dd');
      const shown = options.store.wentOut(since);
      const plan = planReminders({
        now,
        timeZone,
        settings: options.settings(),
        attention,
        shown,
        ...(lastTick ? { lastTick } : {}),
      });
      for (const reminder of dedupe(plan.show, shown)) await showOne(reminder, today);
      wakeAt = plan.nextWakeAt;
    } catch (error) {
      logger.error(`planning reminders failed (${why}); trying again at the next tick`, error);
    } finally {
      lastTick = now;
      arm(wakeAt, options.clock());
    }
  }

  function request(why: string): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await runOnce(why);
      } while (again && !stopped);
      running = null;
    })();
    return running;
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      void request('start');
    },
    replan: () => request('data changed'),
    wake: (reason) => request(reason),
    settled: () => running ?? Promise.resolve(),
    stop() {
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      nextWakeAt = null;
    },
    get nextWakeAt() {
      return nextWakeAt;
    },
  };
}
