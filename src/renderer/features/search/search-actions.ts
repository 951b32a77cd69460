import type { SearchHit, SearchResult, SearchSort } from '../../../shared/search';
import { call } from '../../app/api';
import { JOURNAL_ENTRY, reveal, revealRecord } from '../../app/reveal.svelte';
import { router } from '../../app/router.svelte';
import { latestOnly } from './latest-only';

/** What the Search view asks: the core parses the words and filters. */
export interface SearchRequest {
  query: string;
  sort: SearchSort;
}

/** The first page, with counts per kind; a stale answer (an older keystroke's) resolves as STALE. */
export const searchFirstPage = latestOnly((request: SearchRequest): Promise<SearchResult> =>
  call('search.query', { ...request, cursor: null, counts: true, limit: 30 }),
);

/** The page after `cursor`, for "Show more". */
export function searchNextPage(request: SearchRequest & { cursor: string }): Promise<SearchResult> {
  return call('search.query', { ...request, limit: 30 });
}

/** The element id a hit is revealed by on its page: a progress note opens (and expands) its goal. */
export function revealIdOf(hit: SearchHit): string {
  return hit.kind === 'progress' && hit.goalId !== null ? hit.goalId : hit.id;
}

/**
 * Opens the hit where it lives: the person's page scrolled to the record (the goal expanded), or the
 * journal's day with the searched words selected. `words` are the words searched (no filters).
 */
export function openHit(hit: SearchHit, words: string): void {
  if (hit.kind === 'journal') {
    reveal.target = { id: JOURNAL_ENTRY, words };
    router.navigate({ name: 'journal', day: hit.day });
    return;
  }
  if (hit.person === null) return;
  router.navigate({ name: 'person', id: hit.person.id });
  if (hit.kind !== 'person') void revealRecord({ id: revealIdOf(hit), words });
}
