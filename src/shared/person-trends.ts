import * as v from 'valibot';
import { WeekStartsOn } from './attention';
import { Id, wholeNumber } from './fields';
import type { MethodTable } from './method-table';
import type { NoteKind } from './notes';

/**
 * One person's trends for the strip on their page (issue 18, "Per person"): minutes invested per week,
 * mood and energy where the leader recorded them, and notes by kind — facts over time, never a score.
 */

export const TREND_WEEKS_DEFAULT = 26;
export const TREND_WEEKS_MAX = 104;

export const PersonTrendsInput = v.strictObject({
  personId: Id,
  /** How many weeks back, this week included. */
  weeks: v.optional(wholeNumber('Weeks', 1, TREND_WEEKS_MAX), TREND_WEEKS_DEFAULT),
  /** The user's week-start setting (0 Sunday … 6 Saturday). */
  weekStartsOn: v.optional(WeekStartsOn, 1),
});

export interface TrendWeek {
  /** The week's first day. */
  startsOn: string;
  minutes: number;
}

/** One note's mood and energy (1–5); either may be missing. Days without a note are not points at all. */
export interface PerceivedPoint {
  day: string;
  mood: number | null;
  energy: number | null;
}

export interface PersonTrends {
  /** The first day counted: the period's first week start, or the week they were added if later. */
  from: string;
  to: string;
  /** Oldest first, one per week from `from`; a week with no time logged is 0 minutes. */
  weeks: TrendWeek[];
  /** Oldest first. */
  perceived: PerceivedPoint[];
  /** Notes written in the period per kind, in the kinds' order; kinds with none are left out. */
  notesByKind: { kind: NoteKind; count: number }[];
}

export const personTrendsMethods = {
  /** One person's weekly minutes, mood and energy, and notes by kind over the last weeks. */
  'personTrends.forPerson': { input: PersonTrendsInput, touches: [] },
} as const satisfies MethodTable;

export interface PersonTrendsResults {
  'personTrends.forPerson': PersonTrends;
}
