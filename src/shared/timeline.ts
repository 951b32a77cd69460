import * as v from 'valibot';
import type { Commitment } from './commitments';
import { Id, LocalDate } from './fields';
import type { GoalKind, ProgressNote } from './goals';
import type { Investment } from './investments';
import type { MethodTable } from './method-table';
import type { Note } from './notes';

/** One person's history, newest first, read a page at a time by keyset cursor. */

export const TIMELINE_KINDS = ['note', 'progress', 'investment', 'commitment', 'journal'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

const TimelineCursor = v.strictObject({ day: LocalDate, createdAt: v.pipe(v.string(), v.isoTimestamp()), id: Id });
export type TimelineCursor = v.InferOutput<typeof TimelineCursor>;

export const TimelinePageInput = v.strictObject({
  personId: Id,
  kinds: v.optional(v.array(v.picklist(TIMELINE_KINDS, 'Unknown timeline kind.')), [...TIMELINE_KINDS]),
  /** Keyset cursor: the last item of the previous page. */
  before: v.optional(v.nullable(TimelineCursor), null),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200, 'At most 200 items a page.')), 50),
});

export type TimelineItem =
  | { type: 'note'; id: string; day: string; createdAt: string; note: Note }
  | { type: 'progress'; id: string; day: string; createdAt: string; progress: ProgressNote; goalTitle: string; goalKind: GoalKind }
  | { type: 'investment'; id: string; day: string; createdAt: string; investment: Investment }
  /**
   * One event in a commitment's life, on its own day: made (`madeOn`), done (`doneOn`) or dropped
   * (`droppedOn`). `id` is the commitment's, so one commitment can appear up to twice.
   */
  | { type: 'commitment'; id: string; day: string; createdAt: string; event: CommitmentEvent; commitment: Commitment }
  /** A journal entry that mentions the person; `intention` when only in unchecked to-dos (meant, not done). */
  | { type: 'journal'; id: string; day: string; createdAt: string; body: string; intention: boolean };

export const COMMITMENT_EVENTS = ['made', 'done', 'dropped'] as const;
export type CommitmentEvent = (typeof COMMITMENT_EVENTS)[number];

export interface TimelinePage {
  items: TimelineItem[];
  /** Pass as `before` to get the next (older) page; null at the end. */
  nextCursor: TimelineCursor | null;
}

export const timelineMethods = {
  /** One page of a person's timeline, newest first, by keyset cursor. */
  'timeline.page': { input: TimelinePageInput, touches: [] },
} as const satisfies MethodTable;

export interface TimelineResults {
  'timeline.page': TimelinePage;
}
