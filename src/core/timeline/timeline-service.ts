import type { ParsedInput } from '../../shared/contract';
import type { TimelineCursor, TimelineItem, TimelinePage } from '../../shared/timeline';
import type { Database } from '../db/database';
import type { AnyTimelineSource } from './timeline-source';

function newestFirst(a: TimelineItem, b: TimelineItem): number {
  return b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
}

/**
 * One stream per person, newest first, read a page at a time. Each source reads at most `limit`
 * rows with keyset paging on its own index, then the pages are merged, so a page costs the same
 * whether the person has ten items or ten thousand.
 */
export function createTimelineService(db: Database, sources: readonly AnyTimelineSource[]) {
  return {
    page(input: ParsedInput<'timeline.page'>): TimelinePage {
      // One more than asked tells whether another page exists.
      const query = { personId: input.personId, before: input.before, limit: input.limit + 1 };
      const items = sources
        .filter((source) => input.kinds.includes(source.kind))
        .flatMap<TimelineItem>((source) => source.read(db, query))
        .sort(newestFirst);
      const page = items.slice(0, input.limit);
      const last = page.at(-1);
      const nextCursor: TimelineCursor | null =
        items.length > input.limit && last ? { day: last.day, createdAt: last.createdAt, id: last.id } : null;
      return { items: page, nextCursor };
    },
  };
}
