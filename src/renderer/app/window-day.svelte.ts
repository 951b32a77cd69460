import { localDayOf } from './local-day';

/**
 * The window's today, for every view that words something from it ("yesterday", "in 3 days", the
 * journal's "Today, Monday 30 November"). It holds still within a day, so wording does not churn on
 * each render, and turns when refreshOnNewDay (data-changes.ts) sees the day turn: the host's
 * `day.changed`, or the window coming back into view on a later day. A view left open over a weekend
 * then counts from Monday without being opened again.
 */
class WindowDay {
  /** The instant the day was last read: the "now" relative wording counts from. */
  now = $state(new Date());
  /** Local `YYYY-MM-DD`: the host's day when it said so, else this window's own. */
  day = $state(localDayOf(new Date()));

  turn(now: Date, day: string = localDayOf(now)): void {
    this.now = now;
    this.day = day;
  }
}

export const windowDay = new WindowDay();
