import { SEARCH_KINDS, SEARCH_KIND_LABELS, type SearchHit, type SearchKind, type SearchResult, type SnippetSegment } from '../../../shared/search';
import { piecesWithoutMentionMarks } from '../../../shared/journal-plain-text';
import type { IconName } from '../../ui/icon';

/** How the Search view shows results: pure, so the wording and grouping are tested in Node. */

export const KIND_ICONS: Record<SearchKind, IconName> = {
  person: 'people',
  note: 'note',
  journal: 'journal',
  matter: 'heart',
  goal: 'target',
  progress: 'progress',
  detail: 'star',
  date: 'calendar',
  commitment: 'check',
  talking_point: 'speak',
  investment: 'cadence',
};

/** One kind's name for a single hit ("Note", "Progress note"). */
export const KIND_SINGULAR: Record<SearchKind, string> = {
  person: 'Person',
  note: 'Note',
  journal: 'Journal',
  matter: 'What matters',
  goal: 'Goal',
  progress: 'Progress note',
  detail: 'Personal detail',
  date: 'Date',
  commitment: 'Commitment',
  talking_point: 'Talking point',
  investment: 'Time invested',
};

export interface HitGroup {
  kind: SearchKind;
  label: string;
  /** Each hit with its place in the whole list, which keyboard moves follow. */
  hits: { hit: SearchHit; index: number }[];
}

/** Hits grouped by kind, in the kinds' usual order; each keeps its index in `hits`. */
export function groupByKind(hits: readonly SearchHit[]): HitGroup[] {
  return SEARCH_KINDS.flatMap((kind) => {
    const mine = hits.flatMap((hit, index) => (hit.kind === kind ? [{ hit, index }] : []));
    return mine.length === 0 ? [] : [{ kind, label: SEARCH_KIND_LABELS[kind], hits: mine }];
  });
}

/** "Notes 12 · Commitments 2", most first; "500+" style when the count stopped early. */
export function countsLine(result: Pick<SearchResult, 'counts' | 'countsCapped'>): string {
  const entries = SEARCH_KINDS.flatMap((kind) => {
    const n = result.counts[kind];
    return n === undefined || n === 0 ? [] : [{ kind, n }];
  }).sort((a, b) => b.n - a.n);
  const total = entries.reduce((sum, e) => sum + e.n, 0);
  if (total === 0) return '';
  const parts = entries.map((e) => `${SEARCH_KIND_LABELS[e.kind]} ${e.n.toLocaleString('en-US')}`);
  return result.countsCapped ? `${parts.join(' · ')} (counting the newest ${total.toLocaleString('en-US')})` : parts.join(' · ');
}

/**
 * What was searched, in words, for an empty result: `“promo” with Person: Sam and Notes`. Words the
 * user quoted show their own quotes (`"own the rollout"`), not wrapped in a second pair.
 */
export function searchedWords(understood: SearchResult['understood']): string {
  const words = understood.words === '' ? 'everything' : understood.words.includes('"') ? understood.words : `“${understood.words}”`;
  const filters = understood.filters.map((f) => f.label);
  if (filters.length === 0) return words;
  const list = filters.length === 1 ? filters[0]! : `${filters.slice(0, -1).join(', ')} and ${filters.at(-1)!}`;
  return `${words} with ${list}`;
}

/** Filters offered as a menu; choosing one adds its words to the query, where it shows as a chip. */
export const FILTER_CHOICES: { group: string; choices: { label: string; words: string }[] }[] = [
  {
    group: 'Kind',
    choices: [
      { label: 'Notes', words: 'kind:note' },
      { label: 'Journal', words: 'kind:journal' },
      { label: 'Goals and challenges', words: 'kind:goal' },
      { label: 'Commitments', words: 'kind:commitment' },
      { label: 'What matters', words: 'kind:matter' },
      { label: 'Personal details', words: 'kind:detail' },
      { label: 'Talking points', words: 'kind:talking-point' },
      { label: 'Time invested', words: 'kind:investment' },
      { label: 'People', words: 'kind:person' },
    ],
  },
  {
    group: 'When',
    choices: [
      { label: 'This month', words: 'this month' },
      { label: 'Last 90 days', words: 'last 90 days' },
    ],
  },
  {
    group: 'Commitments and goals',
    choices: [
      { label: 'Mine', words: 'mine' },
      { label: 'Their asks', words: 'their asks' },
      { label: 'Open', words: 'open' },
      { label: 'Done', words: 'done' },
    ],
  },
  { group: 'People', choices: [{ label: 'Include archived people', words: 'archived' }] },
];

// Only after a line break: a dash at the start of a piece can be a dash mid-sentence, after a matched word.
const LIST_MARK = /\n[ \t]*[-*+] (?:\[[ xX]\] )?/g;

/**
 * Kinds indexed as several fields on lines of their own (migration 009's `lines`): a person's name,
 * role and team, a goal's title and detail. Their line breaks part fields, read as " · " ("Zoë Park ·
 * Engineer"), where a note's are only line breaks in its text.
 */
const FIELDS_ON_LINES: ReadonlySet<SearchKind> = new Set(['person', 'matter', 'goal', 'detail', 'date', 'commitment']);

/**
 * A snippet as reading text: notes are markdown, and `**launch plan**` should read "launch plan".
 * Only emphasis, code, heading, list and to-do marks and a mention's `@` are dropped; the words themselves are never touched.
 */
export function readableSnippet(segments: readonly SnippetSegment[], kind?: SearchKind): SnippetSegment[] {
  const fields = kind !== undefined && FIELDS_ON_LINES.has(kind);
  return piecesWithoutMentionMarks(segments)
    .map((segment) => {
      const text = segment.text.replace(/\*\*|__|`|(^|\n)#{1,6} /g, '$1').replace(LIST_MARK, '\n');
      return { ...segment, text: (fields ? text.replace(/\s*\n\s*/g, ' · ') : text).replace(/\s+/g, ' ') };
    })
    .filter((segment) => segment.text !== '');
}
