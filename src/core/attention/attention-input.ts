import type { BookedOneOnOne, UpcomingDate } from '../../shared/attention';

/** An open commitment or ask as attention needs it. */
export interface OpenCommitment {
  text: string;
  dueOn: string | null;
}

/** What the attention rules need to know about one active person; every day is a local `YYYY-MM-DD`. */
export interface AttentionInput {
  id: string;
  name: string;
  preferredName: string | null;
  /** Ideal days between investments. */
  cadenceDays: number;
  /** The longest the leader wants to leave it; null means twice the cadence. */
  maxDays: number | null;
  /** The day they were added: "never" is counted from here. */
  addedOn: string;
  /** The most recent investment of any kind, or null if none is logged. */
  lastInvestedOn: string | null;
  snoozedUntil: string | null;
  /** Mine (promised to them), open. */
  openMine: readonly OpenCommitment[];
  /** Theirs (their asks), open. */
  openTheirs: readonly OpenCommitment[];
  /** The next important date inside its own window, if any. */
  nextDate: UpcomingDate | null;
  /** Minutes invested in them this week. */
  weekMinutes: number;
  /** Their next confirmed calendar 1:1 still to start, if one is in the schedule. */
  bookedOneOnOne: BookedOneOnOne | null;
}
