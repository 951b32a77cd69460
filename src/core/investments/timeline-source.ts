import type { Investment } from '../../shared/investments';
import { timelineSource } from '../timeline/timeline-source';
import { INVESTMENT_COLUMNS } from './investments-service';

/** Investments on the timeline, paged on `investments_by_person (person_id, day, created_at, id)`. */
export const investmentTimelineSource = timelineSource({
  kind: 'investment',
  sql: (olderThanCursor) => `
    SELECT ${INVESTMENT_COLUMNS} FROM investments
    WHERE person_id = :personId ${olderThanCursor('day', 'created_at', 'id')}
    ORDER BY day DESC, created_at DESC, id DESC LIMIT :limit`,
  toItem: (investment: Investment) => ({ type: 'investment', id: investment.id, day: investment.day, createdAt: investment.createdAt, investment }),
});
