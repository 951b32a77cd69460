import type { TimelineKind } from '../../../shared/timeline';

/**
 * What a timeline asks the core for: which kinds, and how many at a time. Apart from the wording
 * rules in timeline.ts (and their date-fns) so a Person page's first read can leave before the
 * page's code has loaded (person-read-ahead.ts).
 */

/** One page as the user scrolls: small enough to answer at once, large enough to fill a screen twice. */
export const TIMELINE_PAGE_SIZE = 50;
/**
 * A refresh after a write reads the newest items only (timeline-merge.ts); as many as the contract
 * allows, so that even a burst of writes elsewhere is still one page.
 */
export const TIMELINE_REFRESH_PAGE_SIZE = 200;

export const TIMELINE_FILTERS = [
  { key: 'all', label: 'All', kinds: ['note', 'progress', 'investment', 'commitment', 'journal'] },
  { key: 'notes', label: 'Notes', kinds: ['note'] },
  { key: 'progress', label: 'Progress', kinds: ['progress'] },
  { key: 'time', label: 'Time', kinds: ['investment'] },
  { key: 'commitments', label: 'Commitments', kinds: ['commitment'] },
  { key: 'journal', label: 'Journal', kinds: ['journal'] },
] as const satisfies readonly { key: string; label: string; kinds: readonly TimelineKind[] }[];

export type TimelineFilter = (typeof TIMELINE_FILTERS)[number]['key'];

export function kindsFor(filter: TimelineFilter): TimelineKind[] {
  return [...(TIMELINE_FILTERS.find((f) => f.key === filter) ?? TIMELINE_FILTERS[0]).kinds];
}
