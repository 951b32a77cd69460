import * as v from 'valibot';
import { Id, untrimmedText } from './fields';
import type { MethodTable } from './method-table';

/**
 * Full-text search over everything the leader wrote (issue 17). The query is the text as typed:
 * words, `"phrases"`, `-excluded`, `or`, and filters written as words (`person:Sam`, `kind:goal`,
 * `before:2026-01-01`, `this month`, `mine`, `open`…). The core parses it (never an error for
 * malformed input), answers newest first or best match first, and says what it understood so the
 * view can show the filters as chips.
 */

/** What a hit is. `progress` is a goal's progress note (it opens its goal); `talking_point` a point for the next one-on-one. */
export const SEARCH_KINDS = [
  'person',
  'note',
  'journal',
  'matter',
  'goal',
  'progress',
  'detail',
  'date',
  'commitment',
  'talking_point',
  'investment',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Each kind's name as a heading or chip says it. */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  person: 'People',
  note: 'Notes',
  journal: 'Journal',
  matter: 'What matters',
  goal: 'Goals',
  progress: 'Progress notes',
  detail: 'Personal details',
  date: 'Dates',
  commitment: 'Commitments',
  talking_point: 'Talking points',
  investment: 'Time invested',
};

export const SEARCH_SORTS = ['newest', 'best'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Longer than anyone types; past it the query is refused with this sentence rather than cut. */
export const SEARCH_QUERY_MAX = 500;
export const SEARCH_QUERY_TOO_LONG = `A search can be at most ${SEARCH_QUERY_MAX} characters; shorten it and try again.`;

export const SearchQueryInput = v.strictObject({
  /** The query exactly as typed (words and filters). Empty with no filters answers nothing. */
  query: v.pipe(untrimmedText('Your search'), v.maxLength(SEARCH_QUERY_MAX, SEARCH_QUERY_TOO_LONG)),
  /** Filters chosen as chips rather than typed; they add to (AND) the ones in `query`. */
  filters: v.optional(
    v.strictObject({
      personIds: v.optional(v.pipe(v.array(Id), v.maxLength(50, 'At most 50 people in one search.'))),
      kinds: v.optional(v.array(v.picklist(SEARCH_KINDS, 'Unknown kind of record.'))),
      /** Also search the records of archived people (left out otherwise). */
      includeArchived: v.optional(v.boolean()),
    }),
    {},
  ),
  sort: v.optional(v.picklist(SEARCH_SORTS, 'Sort by newest or best match.'), 'newest'),
  /** `nextCursor` of the previous page, as given; null or absent for the first page. */
  cursor: v.optional(
    v.nullable(
      v.pipe(
        v.string(),
        v.maxLength(100, 'This page marker is not one Tend gave.'),
        // What the core writes: the sort, the last hit's row and, for best match, its score.
        v.regex(/^(newest|best):-?\d+(:[-+\d.eE]+)?$/, 'This page marker is not one Tend gave.'),
      ),
    ),
    null,
  ),
  /** Also count the hits per kind (first page only). The Search view asks; the palette need not wait for it. */
  counts: v.optional(v.boolean(), false),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100, 'At most 100 results a page.')), 30),
});
export type SearchQueryInput = v.InferOutput<typeof SearchQueryInput>;

/**
 * A piece of a snippet: `hit` pieces are the matched words. Plain text only — the view renders each
 * piece as text, so nothing typed into a record can become markup.
 */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  /** The record's own id (the person's id for `person`). */
  id: string;
  /** For `progress`: the goal it belongs to, which is what opens. Null otherwise. */
  goalId: string | null;
  /** Whose record it is; null for journal entries. */
  person: { id: string; name: string; archived: boolean } | null;
  /** The record's day, YYYY-MM-DD (a note's day, an entry's day, when a goal was set…). */
  day: string;
  snippet: SnippetSegment[];
}

/** One filter the core understood, for a chip; `source` is its text in the query (empty for a chip filter). */
export interface SearchFilterChip {
  key: 'person' | 'kind' | 'before' | 'after' | 'within' | 'owner' | 'state' | 'archived';
  /** What the chip says, e.g. "Person: Sam Rivera", "Last 90 days". */
  label: string;
  source: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /**
   * When `counts` was asked, hits per kind among the newest 500 matches (a very common word is not
   * counted to the end): for words, whatever the kind filter; for filters alone, only the kinds
   * chosen. `countsCapped` is true when there were more.
   * Empty when not asked and on later pages (a cursor given).
   */
  counts: Partial<Record<SearchKind, number>>;
  countsCapped: boolean;
  /** Pass as `cursor` for the next page; null at the end. */
  nextCursor: string | null;
  /** The words searched (after folding away filters), and the filters, for "what was searched". */
  understood: { words: string; filters: SearchFilterChip[] };
}

export const searchMethods = {
  /** Finds records by words and filters, a page at a time, newest first or best match first. */
  'search.query': { input: SearchQueryInput, touches: [] },
} as const satisfies MethodTable;

export interface SearchResults {
  'search.query': SearchResult;
}
