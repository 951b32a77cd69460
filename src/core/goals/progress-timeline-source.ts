import type { GoalKind, ProgressNote } from '../../shared/goals';
import { timelineSource } from '../timeline/timeline-source';

/** Progress notes on the timeline with their goal's title, paged on `progress_timeline (person_id, noted_on, created_at, id)`. */
export const progressTimelineSource = timelineSource({
  kind: 'progress',
  sql: (olderThanCursor) => `
    SELECT p.id, p.goal_id AS goalId, p.person_id AS personId, p.body, p.noted_on AS notedOn, p.status,
           p.created_at AS createdAt, g.title AS goalTitle, g.kind AS goalKind
    FROM progress_notes p JOIN goals g ON g.id = p.goal_id
    WHERE p.person_id = :personId ${olderThanCursor('p.noted_on', 'p.created_at', 'p.id')}
    ORDER BY p.noted_on DESC, p.created_at DESC, p.id DESC LIMIT :limit`,
  toItem: ({ goalTitle, goalKind, ...progress }: ProgressNote & { goalTitle: string; goalKind: GoalKind }) => ({
    type: 'progress',
    id: progress.id,
    day: progress.notedOn,
    createdAt: progress.createdAt,
    progress,
    goalTitle,
    goalKind,
  }),
});
