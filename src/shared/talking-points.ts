import * as v from 'valibot';
import { EDIT_ENTRIES } from './edit-version';
import { ById, Id, LocalDate, requiredText } from './fields';
import type { MethodTable } from './method-table';

/** What to raise at the next one-on-one: queued in the leader's order until ticked off as discussed. */

export const TALKING_POINT_MAX = 1_000;
/** More than anyone raises in one conversation; bounds a reorder payload. */
export const TALKING_POINTS_QUEUE_MAX = 500;

export const TalkingPointSaveInput = v.strictObject({
  ...EDIT_ENTRIES,
  personId: Id,
  text: requiredText('Talking point', TALKING_POINT_MAX),
});

export const TalkingPointDiscussInput = v.strictObject({
  id: Id,
  /** The local day it was discussed; today when omitted. */
  day: v.optional(LocalDate),
});

export const TalkingPointReorderInput = v.strictObject({
  personId: Id,
  /** Every queued point of the person, in the new order. */
  ids: v.pipe(
    v.array(Id, 'The new order must be a list of talking points.'),
    v.nonEmpty('The new order must list the talking points.'),
    v.maxLength(TALKING_POINTS_QUEUE_MAX, `At most ${TALKING_POINTS_QUEUE_MAX} talking points can be reordered at once.`),
    v.check((ids) => new Set(ids).size === ids.length, 'The new order lists a talking point twice.'),
  ),
});

export interface TalkingPoint {
  id: string;
  personId: string;
  text: string;
  /** Order among the person's queued points, smallest first. */
  position: number;
  /** Null while queued (carried over until discussed). */
  discussedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

const TOUCHES = ['profile'] as const;

export const talkingPointsMethods = {
  /** Queue a point for the next one-on-one (no id, goes last) or edit its text (id). */
  'talkingPoints.save': { input: TalkingPointSaveInput, touches: TOUCHES },
  /** Tick a point off as discussed on a day; it is kept with that day. */
  'talkingPoints.discuss': { input: TalkingPointDiscussInput, touches: TOUCHES },
  /** Put a ticked-off point back in the queue (undo of a tick), last. */
  'talkingPoints.requeue': { input: ById, touches: TOUCHES },
  /** Set the order of a person's queued points. */
  'talkingPoints.reorder': { input: TalkingPointReorderInput, touches: TOUCHES },
  'talkingPoints.delete': { input: ById, touches: TOUCHES },
} as const satisfies MethodTable;

export interface TalkingPointsResults {
  'talkingPoints.save': TalkingPoint;
  'talkingPoints.discuss': TalkingPoint;
  'talkingPoints.requeue': TalkingPoint;
  /** The person's queued points in their new order. */
  'talkingPoints.reorder': TalkingPoint[];
  'talkingPoints.delete': null;
}
