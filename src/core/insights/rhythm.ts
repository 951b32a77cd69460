import type { RhythmPerson } from '../../shared/insights';
import { dayNumber } from '../calendar/local-days';

/** One person's facts for the rhythm bands; days are local `YYYY-MM-DD`. */
export interface RhythmInput {
  cadenceDays: number;
  /** The maximum in effect. */
  maxDays: number;
  addedOn: string;
  /** Their latest investment before the period, if any. */
  lastBefore: string | null;
  /** The first day they count in the period. */
  countedFrom: string;
  endsOn: string;
  /**
   * The distinct days with time invested inside the period as day numbers (dayNumber), ascending: a
   * year at 10× is 57,000 of them, not parsed again. summarizeInsights hands one typed array reused
   * from person to person, with how many of its first entries are this person's.
   */
  days: ArrayLike<number>;
}

type Bands = Pick<RhythmPerson, 'days' | 'daysWithin' | 'daysDue' | 'daysPastMax' | 'timesPastMax' | 'longestDaysSince'>;

/** How many whole numbers lie in `from`…`to` (0 when empty). */
const span = (from: number, to: number) => Math.max(0, to - from + 1);

/** Adds the days `from`…`to`, each `from - since`… days since, to their bands. */
function addStretch(bands: Bands, cadenceDays: number, maxDays: number, from: number, to: number, since: number): void {
  const lo = from - since;
  const hi = to - since;
  bands.days += span(lo, hi);
  bands.daysWithin += span(lo, Math.min(hi, cadenceDays - 1));
  bands.daysDue += span(Math.max(lo, cadenceDays), Math.min(hi, maxDays));
  bands.daysPastMax += span(Math.max(lo, maxDays + 1), hi);
  if (hi > maxDays) bands.timesPastMax += 1;
  bands.longestDaysSince = Math.max(bands.longestDaysSince, hi);
}

/**
 * Each counted day's "days since" (since the latest investment on or before it, or since they were
 * added when there is none: Today's count) sorted into bands against the person's rhythm: below the
 * cadence, the cadence come round up to the maximum (reaching it is still allowed, as on Today), and
 * past it. Worked a stretch at a time between invested days, so a year costs as little as a week.
 */
export function rhythmBands(person: RhythmInput, dayCount = person.days.length): Bands {
  const { cadenceDays, maxDays, days } = person;
  const bands: Bands = { days: 0, daysWithin: 0, daysDue: 0, daysPastMax: 0, timesPastMax: 0, longestDaysSince: 0 };
  let from = dayNumber(person.countedFrom);
  const end = dayNumber(person.endsOn);
  let since = person.lastBefore !== null ? dayNumber(person.lastBefore) : Math.min(dayNumber(person.addedOn), from);
  for (let at = 0; at < dayCount; at++) {
    const invested = days[at]!;
    if (invested > from) addStretch(bands, cadenceDays, maxDays, from, invested - 1, since);
    since = invested;
    from = invested;
  }
  if (from <= end) addStretch(bands, cadenceDays, maxDays, from, end, since);
  return bands;
}
