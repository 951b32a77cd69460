import { timelineSource } from '../timeline/timeline-source';

/**
 * Journal entries that mention the person, paged on `journal_mentions_by_person (person_id, day, entry_id)`
 * (one entry per day, so the day orders them). Entries where they appear only in unchecked to-dos are
 * shown too, marked as intentions: what the leader meant to do is part of the story, but never contact.
 */
export const journalTimelineSource = timelineSource({
  kind: 'journal',
  sql: (olderThanCursor) => `
    SELECT e.id, e.day, e.created_at AS createdAt, e.body, m.intention
    FROM journal_mentions m JOIN journal_entries e ON e.id = m.entry_id
    WHERE m.person_id = :personId AND e.body <> '' ${olderThanCursor('m.day', 'e.created_at', 'e.id')}
    ORDER BY m.day DESC, e.created_at DESC, e.id DESC LIMIT :limit`,
  toItem: (row: { id: string; day: string; createdAt: string; body: string; intention: number }) => ({
    type: 'journal',
    id: row.id,
    day: row.day,
    createdAt: row.createdAt,
    body: row.body,
    intention: row.intention === 1,
  }),
});
