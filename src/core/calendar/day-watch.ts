import { localDay, type Clock } from '../clock';

/** How often the day is checked besides midnight and wakes: catches a clock set forward or back. */
export const DAY_CHECK_MS = 60_000;

export interface DayWatch {
  /** Checks now (the machine woke, the test clock moved): announces a new day if it is one. */
  check(): void;
  stop(): void;
}

/** Milliseconds from `now` to the next local midnight, for the timer that turns the day. */
export function untilNextMidnight(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return Math.max(0, next.getTime() - now.getTime());
}

/**
 * Says when the local day changes (issue 19: views that depend on today went stale overnight, after
 * a sleep, or when the clock jumped): at local midnight, on every `check` (wake, a moved test
 * clock) and once a minute, so a timer that slept through midnight or a clock set by hand is
 * caught. `onNewDay` runs once per change with the new day; the timers never keep the process alive.
 */
export function watchDay(clock: Clock, onNewDay: (today: string) => void, checkEveryMs = DAY_CHECK_MS): DayWatch {
  let seen = localDay(clock);
  let midnight: ReturnType<typeof setTimeout> | undefined;

  function check(): void {
    const today = localDay(clock);
    if (today !== seen) {
      seen = today;
      onNewDay(today);
    }
    armMidnight();
  }

  function armMidnight(): void {
    clearTimeout(midnight);
    // A little past midnight, so the clock reads the new day when it fires.
    midnight = setTimeout(check, untilNextMidnight(clock()) + 1_000);
    midnight.unref?.();
  }

  const minute = setInterval(check, checkEveryMs);
  minute.unref?.();
  armMidnight();

  return {
    check,
    stop() {
      clearTimeout(midnight);
      clearInterval(minute);
    },
  };
}
