import type { TimelineCursor, TimelineItem, TimelineKind } from '../../shared/timeline';
import type { Database } from '../db/database';

export type TimelineItemOf<K extends TimelineKind> = Extract<TimelineItem, { type: K }>;

/**
 * The keyset condition on a source's own (day, created, id) columns: empty on the first page,
 * `AND (day, created, id) < (:day, :createdAt, :id)` after a cursor.
 */
export type OlderThanCursor = (day: string, createdAt: string, id: string) => string;

/** What the timeline asks every source for: a person's items older than the cursor, at most `limit`. */
export interface SourceQuery {
  personId: string;
  before: TimelineCursor | null;
  limit: number;
}

/** One kind of item on a person's timeline, read a page at a time from its own index. */
export interface TimelineSource<K extends TimelineKind> {
  readonly kind: K;
  read(db: Database, query: SourceQuery): TimelineItemOf<K>[];
}

/** A source of any kind. */
export type AnyTimelineSource = { [K in TimelineKind]: TimelineSource<K> }[TimelineKind];

export interface TimelineSourceSpec<K extends TimelineKind, Row> {
  kind: K;
  /**
   * This source's rows for `:personId`, newest first by (day, created, id), `LIMIT :limit`, with
   * `olderThanCursor(…)` in its WHERE clause, so paging seeks the source's index.
   */
  sql(olderThanCursor: OlderThanCursor): string;
  toItem(row: Row): TimelineItemOf<K>;
}

/** Declares a timeline source; register it in `sources.ts`. */
export function timelineSource<K extends TimelineKind, Row>(spec: TimelineSourceSpec<K, Row>): TimelineSource<K> {
  // Two SQL shapes rather than `:day IS NULL OR …`, so SQLite seeks the index instead of scanning.
  const firstPage = spec.sql(() => '');
  const olderPage = spec.sql((day, createdAt, id) => `AND (${day}, ${createdAt}, ${id}) < (:day, :createdAt, :id)`);
  return {
    kind: spec.kind,
    read(db, { personId, before, limit }) {
      const rows = before
        ? db.all<Row>(olderPage, { personId, limit, ...before })
        : db.all<Row>(firstPage, { personId, limit });
      return rows.map(spec.toItem);
    },
  };
}
