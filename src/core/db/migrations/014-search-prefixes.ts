/**
 * The search index gains prefix indexes for 4, 5 and 6 letters beside the 3 it had (issue 17's
 * speed). FTS5 answers `word*` from a prefix index of exactly that length one page at a time, newest
 * first; without one it first gathers every posting of every word so starting, so `about` or `team`
 * typed at ten years of notes read the whole index before the first result. Longer prefixes are
 * rarer words, for which gathering is cheap.
 *
 * FTS5 fixes its prefix indexes when the table is made, so the table is made again from its own
 * stored text, in rowid order (one sorted stream for FTS5 to write). `search_docs` and the triggers
 * (which name `search_text`) stay as they are: the rename is done in legacy mode, which neither
 * checks nor rewrites triggers naming the old table, and they name the new one once it is renamed.
 */
export const up = /* sql */ `
CREATE VIRTUAL TABLE search_text_next USING fts5(text, tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4 5 6');
INSERT INTO search_text_next (rowid, text) SELECT rowid, text FROM search_text ORDER BY rowid;
INSERT INTO search_text_next (search_text_next) VALUES ('optimize');
DROP TABLE search_text;
PRAGMA legacy_alter_table = ON;
ALTER TABLE search_text_next RENAME TO search_text;
PRAGMA legacy_alter_table = OFF;
`;
