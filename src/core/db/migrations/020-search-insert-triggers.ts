import { nextRowid, TABLES, type IndexedTable } from './009-search';

/**
 * The search index's insert triggers written without a SELECT (issue 17's save speed). Migration
 * 009's `INSERT … SELECT` forms read the table they write (search_docs' next rowid) or write a
 * virtual table from a query, and SQLite materialises such a SELECT into a temporary b-tree first:
 * two per indexed insert, about 4 % of a durable note save's work inside SQLite. A single-row
 * `VALUES` needs none; the text takes the document's rowid from `last_insert_rowid()`, which inside
 * a trigger is the search_docs row just written. A record indexed only on a condition says it as the
 * trigger's WHEN, which guarded both statements before too. What is indexed is unchanged.
 */
const insertTrigger = (t: IndexedTable) => /* sql */ `
DROP TRIGGER search_${t.table}_insert;
CREATE TRIGGER search_${t.table}_insert AFTER INSERT ON ${t.table}${t.when === '1' ? '' : ` WHEN ${t.when}`} BEGIN
  INSERT INTO search_docs (id, kind, record_id, person_id, goal_id, day, state, owner)
    VALUES (${nextRowid(t.day)}, '${t.kind}', NEW.id, ${t.person}, ${t.goal}, ${t.day}, ${t.state}, ${t.owner});
  INSERT INTO search_text (rowid, text) VALUES (last_insert_rowid(), ${t.text});
END;`;

export const up = TABLES.map(insertTrigger).join('\n');
