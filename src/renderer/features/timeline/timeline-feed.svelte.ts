import type { TimelineCursor, TimelineItem } from '../../../shared/timeline';
import { call, messageOf } from '../../app/api';
import { onWritten, refreshOn, type Write } from '../../app/data-changes';
import { answeredAhead, takeReadAhead } from '../../app/read-ahead';
import type { NoteDraft } from './note-form';
import { renderWhenIdle } from './markdown';
import { markdownOf } from './timeline';
import { TIMELINE_PAGE_SIZE, TIMELINE_REFRESH_PAGE_SIZE, kindsFor, type TimelineFilter } from './timeline-query';
import { applyWrite, mergeNewest, type LoadedTimeline, type TimelineWrite } from './timeline-merge';

/**
 * One person's timeline, newest first, loaded a page at a time with `timeline.page` as the list is
 * scrolled (never everything at once: people can have thousands of notes). A write that touches
 * 'timeline' reads only the newest page and merges it into what is loaded, and a write made here
 * changes the items it names in place (the rule: timeline-merge.ts), so the list neither jumps back
 * to the top nor reads again everything that is loaded.
 *
 * Edits in progress live here rather than in the rows: a virtualised row is unmounted when it
 * scrolls away, and what the leader typed must survive that.
 */
const LOAD_FAILED = 'Tend could not load the timeline; try again in a moment.';

export class TimelineFeed {
  items = $state.raw<TimelineItem[]>([]);
  hasMore = $state(true);
  busy = $state(false);
  /** False until the first page has answered. */
  loaded = $state(false);
  error = $state<string | null>(null);
  filter = $state<TimelineFilter>('all');
  /** The note being edited in place, and its draft. */
  editing = $state<{ id: string; draft: NoteDraft } | null>(null);
  /** The new-note composer: open or not, and what has been typed so far (kept when closed). */
  composerOpen = $state(false);
  composerDraft = $state<NoteDraft | null>(null);

  #cursor: TimelineCursor | null = null;
  #generation = 0;

  constructor(readonly personId: string) {
    // The first page, when the window's first read has it: the page draws its newest notes at once.
    const first = answeredAhead('timeline.page', this.#firstPage());
    if (first) {
      this.items = first.items;
      this.#cursor = first.nextCursor;
      this.hasMore = first.nextCursor !== null;
      this.loaded = true;
    }
  }

  #firstPage() {
    return { personId: this.personId, kinds: kindsFor(this.filter), before: null, limit: TIMELINE_PAGE_SIZE };
  }

  start(): () => void {
    const stopRefresh = refreshOn(['timeline'], () => this.refresh());
    const stopWrites = onWritten((write) => this.#applyWrite(write));
    if (this.loaded) {
      // Drawn from the first read already: that answer is used, and the rest of its notes rendered when idle.
      void takeReadAhead('timeline.page', this.#firstPage());
      renderWhenIdle(this.items.map(markdownOf).filter((source) => source !== null));
    } else void this.loadMore();
    return () => {
      stopRefresh();
      stopWrites();
    };
  }

  get #loaded(): LoadedTimeline {
    return { items: this.items, cursor: this.#cursor };
  }

  #show(next: LoadedTimeline): void {
    if (next.items !== this.items) {
      const have = new Set(this.items);
      renderWhenIdle(next.items.filter((item) => !have.has(item)).map(markdownOf).filter((source) => source !== null));
      this.items = next.items;
    }
    this.#cursor = next.cursor;
    this.hasMore = next.cursor !== null;
  }

  /** The write as the merge rule sees it, when it is about this person's timeline. */
  #timelineWrite(write: Write): TimelineWrite | null {
    switch (write.method) {
      case 'notes.save':
      case 'progress.save': {
        // Only a kind the filter shows; anything else reaches the list through the page, which obeys the filter.
        const shown = kindsFor(this.filter).includes(write.method === 'notes.save' ? 'note' : 'progress');
        return shown && write.value.personId === this.personId ? ({ method: write.method, value: write.value } as TimelineWrite) : null;
      }
      case 'goals.save':
        return write.value.personId === this.personId ? { method: write.method, value: write.value } : null;
      case 'notes.delete':
      case 'progress.delete':
      case 'goals.delete':
        return { method: write.method, id: write.input.id };
      default:
        return null;
    }
  }

  #applyWrite(write: Write): void {
    const change = this.#timelineWrite(write);
    if (change && this.loaded) this.#show(applyWrite(this.#loaded, change));
  }

  setFilter(filter: TimelineFilter): void {
    if (filter === this.filter) return;
    this.filter = filter;
    this.#generation++;
    this.items = [];
    this.#cursor = null;
    this.hasMore = true;
    this.loaded = false;
    this.busy = false;
    void this.loadMore();
  }

  /** The next (older) page, if there is one and nothing is already on its way. */
  async loadMore(): Promise<void> {
    if (this.busy || !this.hasMore) return;
    const generation = this.#generation;
    this.busy = true;
    try {
      const page = await call('timeline.page', { ...this.#firstPage(), before: this.#cursor });
      if (generation !== this.#generation) return;
      // A write made here while the page was on its way may already have placed one of its items.
      const have = new Set(this.items.map((item) => item.id));
      this.#show({ items: [...this.items, ...page.items.filter((item) => !have.has(item.id))], cursor: page.nextCursor });
      this.loaded = true;
      this.error = null;
    } catch (error) {
      if (generation !== this.#generation) return;
      this.error = messageOf(error, LOAD_FAILED);
      this.hasMore = false;
    } finally {
      if (generation === this.#generation) this.busy = false;
    }
  }

  /** After a write: the newest page only, merged into what is loaded (one request however much that is). */
  async refresh(): Promise<void> {
    const generation = ++this.#generation;
    this.busy = true;
    try {
      const page = await call('timeline.page', {
        personId: this.personId,
        kinds: kindsFor(this.filter),
        before: null,
        limit: TIMELINE_REFRESH_PAGE_SIZE,
      });
      if (generation !== this.#generation) return;
      this.#show(mergeNewest(this.#loaded, page));
      this.loaded = true;
      this.error = null;
    } catch (error) {
      if (generation !== this.#generation) return;
      this.error = messageOf(error, LOAD_FAILED);
    } finally {
      if (generation === this.#generation) this.busy = false;
    }
  }
}
