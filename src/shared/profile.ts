import type { AttentionState } from './attention';
import type { Commitment } from './commitments';
import { ById } from './fields';
import type { ImportantDate } from './dates';
import type { PersonalDetail } from './details';
import type { Goal } from './goals';
import type { Matter } from './matters';
import type { MethodTable } from './method-table';
import type { Person } from './people';
import type { TalkingPoint } from './talking-points';

/** How many done or dropped commitments, and discussed points, the Person page shows; older ones live on the timeline. */
export const PROFILE_RECENT_CLOSED = 10;

/** The "Invested" strip in the Person page header. */
export interface InvestedStrip {
  /** The day of the most recent investment, or null when nothing is logged. */
  lastOn: string | null;
  daysSince: number | null;
  /** Minutes invested in the current calendar month. */
  monthMinutes: number;
  cadenceDays: number;
  /** The maximum in effect (their own, or twice the cadence). */
  maxDays: number;
  state: AttentionState;
}

export interface ProfileCommitments {
  /** Mine, then their asks: open ones first, overdue first (by due day), then undated by when made. */
  open: Commitment[];
  /** The most recent done or dropped ones (at most PROFILE_RECENT_CLOSED), newest first. */
  recentlyClosed: Commitment[];
}

export interface ProfileTalkingPoints {
  /** In the leader's order. */
  queued: TalkingPoint[];
  /** The most recently discussed (at most PROFILE_RECENT_CLOSED), newest first. */
  recentlyDiscussed: TalkingPoint[];
}

/** Everything on the Person page except the timeline, read in one consistent snapshot. */

export interface PersonProfile {
  person: Person;
  /** Newest first. */
  matters: Matter[];
  goals: Goal[];
  details: PersonalDetail[];
  /** Soonest first; past one-off dates last. */
  dates: ImportantDate[];
  noteCount: number;
  invested: InvestedStrip;
  commitments: ProfileCommitments;
  talkingPoints: ProfileTalkingPoints;
}

export const profileMethods = {
  /** Everything on the Person page except the timeline: what matters, goals, details, dates. */
  'people.profile': { input: ById, touches: [] },
} as const satisfies MethodTable;

export interface ProfileResults {
  'people.profile': PersonProfile;
}
