import type { Goal, ProgressNote } from '../../../shared/goals';
import type { Note } from '../../../shared/notes';
import type { TimelineCursor, TimelineItem, TimelinePage } from '../../../shared/timeline';
import { timelineKey } from './timeline';

/**
 * How a loaded timeline stays true after a write without reading again everything that is loaded
 * (a leader scrolled 5,000 items deep must not wait for 25 requests after one save):
 *
 * 1. After any write that touches 'timeline', read only the newest page and `mergeNewest` it: the
 *    page replaces every loaded item from the top down to the page's oldest item (new items appear,
 *    edited ones change, deleted ones go), and older loaded items stay as they were. If the page
 *    does not reach back to the newest item loaded before (more items were added elsewhere than a
 *    page holds), the list restarts from that page rather than leave a gap.
 * 2. A write made in this window also changes the loaded items it names, wherever they are, from
 *    the write's own input and answer (`applyWrite`): a saved note moves to where its day puts it,
 *    a deleted note or progress note goes, a goal's new title shows on its progress, a deleted goal
 *    takes its progress with it.
 *
 * Together: one request per refresh whatever is loaded. Not covered: an item below the newest page
 * changed in another window stays as it was until the page is opened again.
 */

/** Newest first: the order `timeline.page` returns (day, then creation, then id, all descending). */
export function newestFirst(a: TimelineItem, b: TimelineItem): number {
  return b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
}

export function cursorOf(item: TimelineItem): TimelineCursor {
  return { day: item.day, createdAt: item.createdAt, id: item.id };
}

export interface LoadedTimeline {
  items: TimelineItem[];
  /** Where the next (older) page starts; null when everything is loaded. */
  cursor: TimelineCursor | null;
}

/** Keeps the loaded object when an item did not change, so its row is not drawn again. */
function keepUnchanged(fresh: TimelineItem[], loaded: readonly TimelineItem[]): TimelineItem[] {
  const byId = new Map(loaded.map((item) => [timelineKey(item), item]));
  return fresh.map((item) => {
    const old = byId.get(timelineKey(item));
    return old && JSON.stringify(old) === JSON.stringify(item) ? old : item;
  });
}

/** Rule 1: the newest page merged into what is loaded. */
export function mergeNewest(loaded: LoadedTimeline, page: TimelinePage): LoadedTimeline {
  const head = keepUnchanged(page.items, loaded.items);
  const boundary = page.items.at(-1);
  const newestLoaded = loaded.items[0];
  // The page holds everything there is, or nothing was loaded, or the page stops short of what was.
  if (page.nextCursor === null || !boundary || !newestLoaded || newestFirst(boundary, newestLoaded) < 0) {
    return { items: head, cursor: page.nextCursor };
  }
  const inHead = new Set(head.map(timelineKey));
  const tail = loaded.items.filter((item) => newestFirst(item, boundary) > 0 && !inHead.has(timelineKey(item)));
  if (tail.length === 0) return { items: head, cursor: page.nextCursor };
  return { items: [...head, ...tail], cursor: loaded.cursor };
}

/** Places `item` by its order, replacing the loaded one with its id; an item older than all that is loaded waits for its page. */
function upsert(loaded: LoadedTimeline, item: TimelineItem): LoadedTimeline {
  const items = loaded.items.filter((existing) => existing.id !== item.id);
  const last = items.at(-1);
  if (loaded.cursor !== null && last && newestFirst(item, last) > 0) return { ...loaded, items };
  const at = items.findIndex((existing) => newestFirst(item, existing) < 0);
  items.splice(at < 0 ? items.length : at, 0, item);
  return { ...loaded, items };
}

function noteItem(note: Note): TimelineItem {
  return { type: 'note', id: note.id, day: note.notedOn, createdAt: note.createdAt, note };
}

function progressItem(existing: Extract<TimelineItem, { type: 'progress' }>, progress: ProgressNote): TimelineItem {
  return { ...existing, day: progress.notedOn, createdAt: progress.createdAt, progress };
}

/** A write made in this window, as `written` reports it. */
export type TimelineWrite =
  | { method: 'notes.save'; value: Note }
  | { method: 'notes.delete' | 'progress.delete' | 'goals.delete'; id: string }
  | { method: 'progress.save'; value: ProgressNote }
  | { method: 'goals.save'; value: Goal };

/** Rule 2: what a write made here changes in the loaded items, without a read. */
export function applyWrite(loaded: LoadedTimeline, write: TimelineWrite): LoadedTimeline {
  switch (write.method) {
    case 'notes.save':
      return upsert(loaded, noteItem(write.value));
    case 'notes.delete':
    case 'progress.delete':
      return { ...loaded, items: loaded.items.filter((item) => item.id !== write.id) };
    case 'goals.delete':
      return { ...loaded, items: loaded.items.filter((item) => item.type !== 'progress' || item.progress.goalId !== write.id) };
    case 'progress.save': {
      const existing = loaded.items.find((item) => item.id === write.value.id);
      // A new progress note needs its goal's title, which the newest page brings (rule 1).
      return existing?.type === 'progress' ? upsert(loaded, progressItem(existing, write.value)) : loaded;
    }
    case 'goals.save': {
      const goal = write.value;
      const renamed = (item: TimelineItem): TimelineItem =>
        item.type === 'progress' && item.progress.goalId === goal.id && (item.goalTitle !== goal.title || item.goalKind !== goal.kind)
          ? { ...item, goalTitle: goal.title, goalKind: goal.kind }
          : item;
      return { ...loaded, items: loaded.items.map(renamed) };
    }
  }
}
