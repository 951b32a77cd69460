import type { TimelineCursor, TimelineItem, TimelinePage } from '../../../shared/timeline';
import { call, messageOf } from '../../app/api';
import { refreshOn } from '../../app/data-changes';
import type { NoteDraft } from './note-form';
import { TIMELINE_PAGE_SIZE, kindsFor, refreshLimit, type TimelineFilter } from './timeline';

/**
 * One person's timeline, newest first, loaded a page at a time with `timeline.page` as the list is
 * scrolled (never everything at once: people can have thousands of notes). A write that touches
 * 'timeline' refreshes what is already loaded, so the list does not jump back to the top.
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

  constructor(readonly personId: string) {}

  start(): () => void {
    const stop = refreshOn(['timeline'], () => this.refresh());
    void this.loadMore();
    return stop;
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
      const page = await call('timeline.page', {
        personId: this.personId,
        kinds: kindsFor(this.filter),
        before: this.#cursor,
        limit: TIMELINE_PAGE_SIZE,
      });
      if (generation !== this.#generation) return;
      this.items = [...this.items, ...page.items];
      this.#cursor = page.nextCursor;
      this.hasMore = page.nextCursor !== null;
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

  /** Reloads from the top as many items as are shown now, in pages of up to 200. */
  async refresh(): Promise<void> {
    const generation = ++this.#generation;
    const wanted = this.items.length;
    this.busy = true;
    try {
      const items: TimelineItem[] = [];
      let cursor: TimelineCursor | null = null;
      do {
        const page: TimelinePage = await call('timeline.page', {
          personId: this.personId,
          kinds: kindsFor(this.filter),
          before: cursor,
          limit: refreshLimit(wanted, items.length),
        });
        if (generation !== this.#generation) return;
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor !== null && items.length < wanted);
      this.items = items;
      this.#cursor = cursor;
      this.hasMore = cursor !== null;
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
