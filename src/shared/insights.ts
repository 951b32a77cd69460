import * as v from 'valibot';
import type { AttentionState } from './attention';
import type { CommitmentOwner } from './commitments';
import { LocalDate } from './fields';
import type { InvestmentKind } from './investments';
import type { MethodTable } from './method-table';

/**
 * Insights: where the leader's time went over a period — who received attention, what kind, how
 * promises fared, and how each person's days since compare with their rhythm. Facts and shares
 * only, never a score or a grade. Every number is computed in src/core/insights.
 */

export const INSIGHT_WEEK_CHOICES = [4, 12, 26, 52] as const;

/** The longest custom range: two years of weeks still read as a chart. */
export const CUSTOM_RANGE_MAX_DAYS = 731;

export const InsightsPeriodChoice = v.variant(
  'kind',
  [
    /** The last N weeks, ending with the current (partial) week; weeks follow the week-start setting. */
    v.strictObject({ kind: v.literal('weeks'), weeks: v.picklist(INSIGHT_WEEK_CHOICES, 'Choose 4, 12, 26 or 52 weeks.') }),
    /** From the first day of this calendar quarter to today. */
    v.strictObject({ kind: v.literal('quarter') }),
    /** From one local day to another (inclusive); a range reaching past today ends today. */
    v.strictObject({ kind: v.literal('custom'), from: LocalDate, to: LocalDate }),
  ],
  'Choose a period: weeks, this quarter or a custom range.',
);
export type InsightsPeriodChoice = v.InferOutput<typeof InsightsPeriodChoice>;

export const InsightsOverviewInput = v.strictObject({ period: InsightsPeriodChoice });

/** The kinds of time whose absence is worth naming ("no career conversation with Sam in 26 weeks"). */
export const CARE_KINDS = ['one_on_one', 'coaching', 'career', 'recognition'] as const satisfies readonly InvestmentKind[];
export type CareKind = (typeof CARE_KINDS)[number];

/** How many of the oldest open promises (and asks) are named. */
export const OLDEST_OPEN_NAMED = 3;

/** A week of the period; the first and last are clipped to the period's own days. */
export interface InsightsWeek {
  startsOn: string;
  endsOn: string;
}

export interface InsightsPeriod {
  startsOn: string;
  endsOn: string;
  today: string;
  weeks: InsightsWeek[];
  /** Index of the first of the last four weeks: "no time in the last 4 weeks" counts from it. */
  recentFrom: number;
}

/** An active person on the team during the period, in name order. */
export interface InsightsPerson {
  id: string;
  name: string;
  preferredName: string | null;
  /** The first day they count in this period: the later of its start and when they were added (or an earlier logged day). */
  countedFrom: string;
  cadenceDays: number;
  /** The maximum in effect (their own, or twice the cadence). */
  maxDays: number;
  /** Their latest investment up to the period's end, or null. */
  lastInvestedOn: string | null;
}

export interface WeeklyTime {
  personId: string;
  /** Minutes per week of the period; null for the weeks before they were on the team. */
  weeks: (number | null)[];
  minutes: number;
}

export interface TimeByWeek {
  people: WeeklyTime[];
  weekTotals: number[];
  minutes: number;
  /** The largest week of one person, the top of the chart's scale. */
  largestWeek: number;
}

export interface BalanceShare {
  personId: string;
  minutes: number;
  /** Their minutes ÷ the period's total (0 when nothing was invested). */
  share: number;
  /** What an even split would give them: their counted days ÷ everyone's, so a newcomer's is smaller. */
  evenShare: number;
}

export interface AttentionBalance {
  minutes: number;
  /** Largest share first, then by name. */
  shares: BalanceShare[];
  /** The first day of the last four weeks. */
  quietSince: string;
  /** People with no time since quietSince, longest without first (never before anyone). */
  quiet: { personId: string; lastInvestedOn: string | null }[];
}

export interface KindTime {
  kind: InvestmentKind;
  minutes: number;
  count: number;
  lastOn: string | null;
}

export interface KindsOfTime {
  /** Every kind, in INVESTMENT_KINDS order. */
  team: KindTime[];
  people: { personId: string; kinds: KindTime[]; missing: CareKind[] }[];
}

export interface OpenPromise {
  personId: string;
  text: string;
  madeOn: string;
  dueOn: string | null;
  daysOpen: number;
}

/** What became (so far) of the promises made during the period, one owner's side. */
export interface FollowThroughTally {
  owner: CommitmentOwner;
  made: number;
  /** Done by the due day, or done with no due day. */
  keptOnTime: number;
  late: number;
  dropped: number;
  open: number;
  /** Of the open ones, past their due day. */
  overdue: number;
  oldestOpen: OpenPromise[];
}

export interface FollowThrough {
  mine: FollowThroughTally;
  theirs: FollowThroughTally;
}

/** Each counted day of the period falls in one band of the person's rhythm by its days since. */
export interface RhythmPerson {
  personId: string;
  /** Today's days since, as Today and the Person page count them (from when added if never). */
  daysSince: number;
  state: AttentionState;
  cadenceDays: number;
  maxDays: number;
  days: number;
  /** Days since below the cadence. */
  daysWithin: number;
  /** The cadence come round, up to the maximum. */
  daysDue: number;
  /** Past the maximum. */
  daysPastMax: number;
  /** Separate stretches past the maximum. */
  timesPastMax: number;
  /** The most days since reached in the period (the day before a visit; a visit day is 0, as on Today). */
  longestDaysSince: number;
}

export interface InsightsOverview {
  period: InsightsPeriod;
  people: InsightsPerson[];
  time: TimeByWeek;
  balance: AttentionBalance;
  kinds: KindsOfTime;
  followThrough: FollowThrough;
  rhythm: RhythmPerson[];
}

export const insightsMethods = {
  /** Every Insights panel for one period, from one consistent read; the weeks follow the week-start setting. */
  'insights.overview': { input: InsightsOverviewInput, touches: [] },
} as const satisfies MethodTable;

export interface InsightsResults {
  'insights.overview': InsightsOverview;
}
