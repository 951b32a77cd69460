import { describe, expect, it } from 'vitest';
import { briefSql } from '../../../../src/core/db/brief-sql';

describe('briefSql: a statement as one recognisable log line', () => {
  it.each([
    ['a short query stays whole', 'SELECT id FROM people WHERE id = ?', 'SELECT id FROM people WHERE id = ?'],
    ['whitespace and newlines collapse', 'SELECT id\n  FROM people\n\tWHERE id = ?', 'SELECT id FROM people WHERE id = ?'],
    ['comments are dropped', 'CREATE TABLE t ( -- what it holds\n id TEXT )', 'CREATE TABLE t ( id TEXT )'],
    ['exactly the limit stays whole', 'x'.repeat(160), 'x'.repeat(160)],
    ['one over the limit is cut with an ellipsis', 'x'.repeat(161), `${'x'.repeat(159)}…`],
  ])('%s', (_name, sql, expected) => {
    expect(briefSql(sql)).toBe(expected);
  });

  it('a whole migration becomes one line of at most 160 characters', () => {
    const migration = Array.from({ length: 40 }, (_, i) => `CREATE INDEX i${i} ON t (c${i}); -- why ${i}`).join('\n');
    const line = briefSql(migration);
    expect(line).toHaveLength(160);
    expect(line).not.toMatch(/\n|--/);
    expect(line.startsWith('CREATE INDEX i0 ON t (c0); CREATE INDEX i1')).toBe(true);
  });
});
