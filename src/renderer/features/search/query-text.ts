/** Edits to the query text made by chips and menus: filters live in the words, so the box always shows all of it. */

/** The query without one filter's text (as the core reported it), spaces tidied. */
export function withoutFilter(query: string, source: string): string {
  const at = query.indexOf(source);
  if (source === '' || at === -1) return query;
  return `${query.slice(0, at)} ${query.slice(at + source.length)}`.replace(/\s+/g, ' ').trim();
}

/** The query with a filter's words added at the end. */
export function withFilter(query: string, words: string): string {
  const trimmed = query.trim();
  return trimmed === '' ? words : `${trimmed} ${words}`;
}
