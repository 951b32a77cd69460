import type { ParsedInput } from '../../shared/contract';
import type { GoalKind } from '../../shared/goals';
import type { TimelineCursor, TimelineItem, TimelinePage } from '../../shared/timeline';
import type { Database } from '../db/database';
import { toProgress, type ProgressRow } from './goals-service';
import { toNote, type NoteRow } from './notes-service';

/**
 * One stream per person, newest first, read a page at a time. Each source is read with keyset
 * paging on its own (person, day, created, id) index and at most `limit` rows, then merged, so a
 * page costs the same whether the person has ten items or ten thousand.
 */
function olderThanCursor(table: string, cursor: TimelineCursor | null): string {
  // Two SQL shapes rather than `:day IS NULL OR …`, so SQLite seeks the index instead of scanning.
  return cursor ? `AND (${table}.noted_on, ${table}.created_at, ${table}.id) < (:day, :createdAt, :id)` : '';
}

function newestFirst(a: TimelineItem, b: TimelineItem): number {
  return b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
}

export function createTimelineService(db: Database) {
  return {
    page(input: ParsedInput<'timeline.page'>): TimelinePage {
      // One more than asked tells whether another page exists.
      const params = { personId: input.personId, ...input.before, limit: input.limit + 1 };
      const items: TimelineItem[] = [];
      if (input.kinds.includes('note')) {
        for (const row of db.all<NoteRow>(
          `SELECT * FROM notes n WHERE n.person_id = :personId ${olderThanCursor('n', input.before)}
           ORDER BY n.noted_on DESC, n.created_at DESC, n.id DESC LIMIT :limit`,
          params,
        )) {
          items.push({ type: 'note', id: row.id, day: row.noted_on, createdAt: row.created_at, note: toNote(row) });
        }
      }
      if (input.kinds.includes('progress')) {
        for (const row of db.all<ProgressRow & { goal_title: string; goal_kind: GoalKind }>(
          `SELECT p.*, g.title AS goal_title, g.kind AS goal_kind
           FROM progress_notes p JOIN goals g ON g.id = p.goal_id
           WHERE p.person_id = :personId ${olderThanCursor('p', input.before)}
           ORDER BY p.noted_on DESC, p.created_at DESC, p.id DESC LIMIT :limit`,
          params,
        )) {
          items.push({
            type: 'progress',
            id: row.id,
            day: row.noted_on,
            createdAt: row.created_at,
            progress: toProgress(row),
            goalTitle: row.goal_title,
            goalKind: row.goal_kind,
          });
        }
      }
      items.sort(newestFirst);
      const page = items.slice(0, input.limit);
      const last = page.at(-1);
      const nextCursor: TimelineCursor | null =
        items.length > input.limit && last ? { day: last.day, createdAt: last.createdAt, id: last.id } : null;
      return { items: page, nextCursor };
    },
  };
}
