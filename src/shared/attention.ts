import * as v from 'valibot';
import { Id, LocalDate } from './fields';
import type { MethodTable } from './method-table';

/**
 * Who needs the leader now, and why, in plain facts (never a score). Computed by the pure rules in
 * src/core/attention from local calendar days.
 */

/** In the order Today shows them: overdue first, ok last. */
export const ATTENTION_STATES = ['overdue', 'due', 'never', 'ok'] as const;
export type AttentionState = (typeof ATTENTION_STATES)[number];

export interface OverdueCommitment {
  text: string;
  dueOn: string;
  /** Whole local days past the due day (≥ 1). */
  daysOverdue: number;
}

export interface UpcomingDate {
  title: string;
  /** The next occurrence, YYYY-MM-DD. */
  on: string;
  daysUntil: number;
}

/** A confirmed calendar 1:1 still to start, in the leader's local time. */
export interface BookedOneOnOne {
  /** Local day, YYYY-MM-DD. */
  on: string;
  /** Local start, HH:MM. */
  at: string;
}

/** How far ahead a booked 1:1 stands in for the rhythm: within the coming week it is named, and it answers "due". */
export const BOOKED_WITHIN_DAYS = 7;

export interface PersonAttention {
  id: string;
  name: string;
  preferredName: string | null;
  /** ok · due (the cadence has come round) · overdue (past the maximum) · never (nothing logged yet). */
  state: AttentionState;
  /** Local calendar days since the last investment, or since they were added when nothing is logged. */
  daysSince: number;
  cadenceDays: number;
  /** The maximum in effect: their own, or twice the cadence; never below the cadence. */
  maxDays: number;
  /** daysSince ÷ cadenceDays to two decimals (1 = the cadence has come round): the bar on Today. */
  ratio: number;
  lastInvestedOn: string | null;
  openMine: number;
  /** Mine, open and past due, most overdue first. */
  overdueMine: OverdueCommitment[];
  /** Their asks still open. */
  openTheirs: number;
  overdueTheirs: number;
  nextDate: UpcomingDate | null;
  weekMinutes: number;
  /**
   * Their next confirmed 1:1, when it starts within BOOKED_WITHIN_DAYS (today included): time with
   * them is already booked, so a due or overdue rhythm alone no longer counts as needing you.
   */
  bookedOneOnOne: BookedOneOnOne | null;
  /** Paused until `snoozedUntil` (inclusive); shown in a Paused group and left out of the count. */
  snoozed: boolean;
  snoozedUntil: string | null;
  /**
   * The one definition of "needs you" (issue 20): the sidebar badge, Today's "Needs you now", the tray
   * and the morning digest all count this and nothing else. Due, overdue, an overdue promise, or
   * nothing logged a full cadence after being added; never while paused. A 1:1 booked within the
   * week answers the rhythm (due, overdue, never) but not an overdue promise.
   */
  needsAttention: boolean;
  /** Plain facts for the "why now" line, most pressing first. */
  whyNow: string[];
}

export interface AttentionSummary {
  today: string;
  /** Ordered by need (overdue, due, never, ok; ties by how far past cadence); paused people last. */
  people: PersonAttention[];
  needingAttention: number;
  week: {
    /** First day of the current week (from the week-start setting). */
    startsOn: string;
    minutes: number;
    /** How many people received time this week. */
    people: number;
  };
}

/** 0 = Sunday … 6 = Saturday. Monday until the week-start setting arrives. */
export const WeekStartsOn = v.picklist([0, 1, 2, 3, 4, 5, 6], 'Week start must be a weekday number from 0 (Sunday) to 6 (Saturday).');

export const AttentionSummaryInput = v.optional(v.strictObject({ weekStartsOn: v.optional(WeekStartsOn, 1) }), { weekStartsOn: 1 });

export const AttentionSnoozeInput = v.strictObject({
  personId: Id,
  /** Paused through this local day; null resumes at once. The service refuses a day in the past. */
  until: v.nullable(LocalDate),
});

export const attentionMethods = {
  /** The active team ordered by need, with why-now facts and the week's invested total. */
  'attention.summary': { input: AttentionSummaryInput, touches: [] },
  /** Pause reminders for a person until a day (inclusive), or resume them (null). */
  'attention.snooze': { input: AttentionSnoozeInput, touches: ['attention'] },
} as const satisfies MethodTable;

export interface AttentionResults {
  'attention.summary': AttentionSummary;
  'attention.snooze': PersonAttention;
}
