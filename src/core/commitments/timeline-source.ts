import type { Commitment } from '../../shared/commitments';
import type { CommitmentEvent } from '../../shared/timeline';
import { timelineSource, type TimelineSource } from '../timeline/timeline-source';
import { COMMITMENT_COLUMNS } from './commitments-service';

const EVENT_COLUMNS = { made: 'made_on', done: 'done_on', dropped: 'dropped_on' } as const satisfies Record<CommitmentEvent, string>;
const EVENT_INDEX = { made: 'commitments_made', done: 'commitments_done', dropped: 'commitments_dropped' } as const;

/** One event of a commitment's life, paged on its own index (the done and dropped indexes are partial). */
function eventSource(event: CommitmentEvent) {
  const day = EVENT_COLUMNS[event];
  const present = event === 'made' ? '' : `AND ${day} IS NOT NULL`;
  return timelineSource({
    kind: 'commitment',
    sql: (olderThanCursor) => `
      SELECT ${COMMITMENT_COLUMNS} FROM commitments INDEXED BY ${EVENT_INDEX[event]}
      WHERE person_id = :personId ${present} ${olderThanCursor(day, 'created_at', 'id')}
      ORDER BY ${day} DESC, created_at DESC, id DESC LIMIT :limit`,
    toItem: (commitment: Commitment) => ({
      type: 'commitment',
      id: commitment.id,
      day: { made: commitment.madeOn, done: commitment.doneOn, dropped: commitment.droppedOn }[event] as string,
      createdAt: commitment.createdAt,
      event,
      commitment,
    }),
  });
}

const EVENTS = [eventSource('made'), eventSource('done'), eventSource('dropped')];

/**
 * Commitments on the timeline: made, done and dropped are each read a page at a time from their own
 * index and handed to the timeline, which merges every source's page and cuts it to size.
 */
export const commitmentTimelineSource: TimelineSource<'commitment'> = {
  kind: 'commitment',
  read: (db, query) => EVENTS.flatMap((source) => source.read(db, query)),
};
