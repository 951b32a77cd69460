/**
 * A read-only view of the search index's words (issue 17's speed). A word longer than the longest
 * prefix index (6 letters, 014-search-prefixes.ts) typed as a prefix, such as `conference*`, makes
 * FTS5 gather every posting of every word so starting before the first result, so it costs more the
 * more notes there are. Asking this view whether any longer word starts so is one seek; when none
 * does, the word is matched whole, which FTS5 pages newest first. fts5vocab stores nothing: it reads
 * `search_text`'s own index, so no text is written anywhere new.
 */
export const up = /* sql */ `
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_text, row);
`;
