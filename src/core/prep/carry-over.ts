import { countWord, ordinal, shortDay } from './words';

/** Carried past this many one-on-ones, a point is named: it may be time to act on it or let it go. */
export const STILL_OPEN_AFTER = 3;

export interface TalkingPointDays {
  /** The day it was queued. */
  createdOn: string;
  /** The day it was ticked off as discussed, or null while it is open. */
  discussedOn: string | null;
}

export interface CarryOver {
  /** How many one-on-ones went by without it being discussed. */
  times: number;
  /** The first one-on-one it was carried past, or null when it never was. */
  since: string | null;
  /** "carried since 3 Nov · 2nd time"; "carried since 3 Nov" the first time; null when never carried. */
  label: string | null;
  /** "still open after three 1:1s — drop it or act?" for an open point carried three times or more. */
  flag: string | null;
}

/**
 * How often a talking point has been carried to the next one-on-one. A one-on-one counts when it was
 * held after the day the point was queued (a point queued on a 1:1's day was queued for the next one)
 * and before the day it was discussed (it was discussed at that day's 1:1, not carried past it); several
 * logged on one day count once. Days after today are ignored.
 */
export function carryOver(point: TalkingPointDays, oneOnOneDays: readonly string[], today: string): CarryOver {
  const carriedPast = [...new Set(oneOnOneDays)]
    .filter((day) => day > point.createdOn && day <= today && (point.discussedOn === null || day < point.discussedOn))
    .sort();
  const times = carriedPast.length;
  const since = carriedPast[0] ?? null;
  if (since === null) return { times: 0, since: null, label: null, flag: null };
  const label = times === 1 ? `carried since ${shortDay(since, today)}` : `carried since ${shortDay(since, today)} · ${ordinal(times)} time`;
  const flag =
    point.discussedOn === null && times >= STILL_OPEN_AFTER ? `still open after ${countWord(times)} 1:1s — drop it or act?` : null;
  return { times, since, label, flag };
}
