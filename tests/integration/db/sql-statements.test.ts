import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../../src/core/db/database';
import { MIGRATIONS } from '../../../src/core/db/migrations';
import { splitStatements } from '../../../src/core/db/sql-statements';
import { tempDir } from '../../fixtures/temp-dir';

function schemaAfter(run: (exec: (sql: string) => void) => void): unknown[] {
  const db = openDatabase(join(tempDir('tend-split'), 'tend.sqlite'));
  try {
    // One transaction, as the runner does (and no sync per statement).
    db.exec('BEGIN');
    run((sql) => db.exec(sql));
    db.exec('COMMIT');
    return db.all(`SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name`);
  } finally {
    db.close();
  }
}

describe('splitting a migration into statements (so the runner can stop between them)', () => {
  test('every migration run statement by statement makes the same schema as run whole', () => {
    const whole = schemaAfter((exec) => MIGRATIONS.forEach((migration) => exec(migration.up)));
    const split = schemaAfter((exec) => MIGRATIONS.forEach((migration) => splitStatements(migration.up).forEach(exec)));
    expect(split).toEqual(whole);
  });

  test.each([
    ['two statements', 'CREATE TABLE a (x);\nCREATE TABLE b (y);', ['CREATE TABLE a (x);', 'CREATE TABLE b (y);']],
    ['a semicolon inside a string, a name and a comment', "INSERT INTO a VALUES ('x;y'); -- one; two\nSELECT \"a;b\" FROM a;", ["INSERT INTO a VALUES ('x;y');", '-- one; two\nSELECT "a;b" FROM a;']],
    [
      'a trigger body',
      'CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  DELETE FROM b;\n  DELETE FROM c;\nEND;\nDROP TABLE d;',
      ['CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  DELETE FROM b;\n  DELETE FROM c;\nEND;', 'DROP TABLE d;'],
    ],
    ['a trailing comment only', 'SELECT 1;\n-- done\n', ['SELECT 1;']],
  ])('%s', (_, sql, statements) => {
    expect(splitStatements(sql)).toEqual(statements);
  });
});
