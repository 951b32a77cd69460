import type { SearchHit, SearchKind } from '../../../shared/search';
import type { Route } from '../../app/routes';
import type { PaletteItem } from './palette-items';

/**
 * The palette's third group: what `search.query` found in the leader's own words. Pure, so where a
 * hit leads and how it is described are tested without a page.
 */

/** What each kind of record is called where a hit is described. */
export const SEARCH_KIND_WORDS: Record<SearchKind, string> = {
  person: 'Person',
  note: 'Note',
  journal: 'Journal',
  matter: 'What matters',
  goal: 'Goal or challenge',
  progress: 'Progress',
  detail: 'Personal detail',
  date: 'Important date',
  commitment: 'Commitment',
  talking_point: 'Talking point',
  investment: 'Time invested',
};

/** How many text results the palette shows; the Search view (its last action) has the rest. */
export const PALETTE_TEXT_RESULTS = 6;

/** Where a hit opens: the journal day for an entry, the person's page for anything about a person. */
export function routeOfHit(hit: SearchHit): Route {
  if (hit.kind === 'journal') return { name: 'journal', day: hit.day };
  if (hit.kind === 'person') return { name: 'person', id: hit.id };
  if (hit.person) return { name: 'person', id: hit.person.id };
  return { name: 'search' };
}

/** A hit as the palette lists it: "Note · Sam Rivera", its day, and the snippet with the words found. */
export function textItemOf(hit: SearchHit): PaletteItem {
  const kind = SEARCH_KIND_WORDS[hit.kind];
  return {
    // A person found by their words has the key of the People group's item for them (see notListed).
    key: hit.kind === 'person' ? `person:${hit.id}` : `text:${hit.kind}:${hit.id}`,
    label: hit.person && hit.kind !== 'person' ? `${kind} · ${hit.person.name}` : kind,
    day: hit.day,
    snippet: hit.snippet,
    action: { do: 'go', route: routeOfHit(hit) },
  };
}

/** The text results less anyone the People group already lists, so no one is offered twice. */
export function notListed(text: readonly PaletteItem[], listed: readonly PaletteItem[]): PaletteItem[] {
  const keys = new Set(listed.map((item) => item.key));
  return text.filter((item) => !keys.has(item.key));
}
