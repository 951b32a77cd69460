import { localDayOf } from './calendar/local-days';

/** Everything that asks "what time is it" takes a Clock, so tests can pin it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock that starts at `start` and then runs in real time (keeps ordering of writes, pins the day). */
export function clockStartingAt(start: Date, realNow: () => number = Date.now): Clock {
  const offset = start.getTime() - realNow();
  return () => new Date(realNow() + offset);
}

/** Instants are stored as UTC ISO strings. */
export function instant(clock: Clock): string {
  return clock().toISOString();
}

/** Today in the user's local calendar, YYYY-MM-DD (every read asks, so not through date-fns' formatter). */
export function localDay(clock: Clock): string {
  return localDayOf(clock());
}

/** A running clock the web host's test route can move (only with its explicit test flag). */
export interface AdjustableClock extends Clock {
  /** From now on the clock reads `at`, and runs on in real time from there. */
  set(at: Date): void;
}

export function adjustableClock(start: Date, realNow: () => number = Date.now): AdjustableClock {
  let offset = start.getTime() - realNow();
  const clock = (() => new Date(realNow() + offset)) as AdjustableClock;
  clock.set = (at) => {
    offset = at.getTime() - realNow();
  };
  return clock;
}
