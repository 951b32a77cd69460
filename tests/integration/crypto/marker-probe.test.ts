/**
 * The proof of encryption at rest (issue 24): a known marker sentence is written into every kind of
 * record the contract can store — every free-text string of every write method, found by walking the
 * schemas, plus a quick-log line — then the data folder is scanned byte by byte (database, WAL, SHM,
 * backups, the FTS5 index inside the database, temp files, settings, exports) while Tend is open and
 * after it closed, and what Tend logged is scanned too. The marker is nowhere; through the key it is
 * everywhere it was written.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { keyStatements } from '../../../src/core/db/database';
import { methods, type MethodName } from '../../../src/shared/contract';
import { stringLeavesOf, validInput, withValueAt } from '../../fixtures/contract-schemas';
import { filesContaining, testEncryption } from '../../fixtures/encryption';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';

const MARKER = 'Marmalade-probe sentence about Wren';

let logged = '';
beforeEach(() => {
  logged = '';
  const write = process.stderr.write.bind(process.stderr);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
    logged += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return (write as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean)(chunk, ...rest);
  });
});
afterEach(() => vi.restoreAllMocks());

/** Every free-text string leaf of every write method: the places a leader's words are stored. */
const TEXT_LEAVES = (Object.keys(methods) as MethodName[])
  .filter((method) => methods[method].touches.length > 0)
  .flatMap(stringLeavesOf)
  .filter((leaf) => leaf.freeText);

const WRITE_METHODS = [...new Set(TEXT_LEAVES.map((leaf) => leaf.method))];

/** Occurrences of the marker in every text column of every table, read through the key. */
function markersInside(file: string, key: string): number {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    for (const statement of keyStatements(key)) db.pragma(statement);
    const tables = (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'`).all() as { name: string }[]).map((t) => t.name);
    let found = 0;
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
        for (const value of Object.values(row)) if (typeof value === 'string' && value.includes(MARKER)) found += 1;
      }
    }
    return found;
  } finally {
    db.close();
  }
}

test('a marker written into every kind of record is found nowhere in the data folder or the log, and everywhere through the key', async () => {
  const encryption = await testEncryption();
  const { tend, dataDir } = await openTestTend({ encryption });
  const person = expectOk(await tend.dispatch('people.save', { name: 'Priya Raman' }));
  const goal = expectOk(await tend.dispatch('goals.save', { personId: person.id, kind: 'goal', sphere: 'professional', title: 'Ship it' }));
  const promise = expectOk(await tend.dispatch('commitments.save', { personId: person.id, text: 'Send the budget link' }));
  const point = expectOk(await tend.dispatch('talkingPoints.save', { personId: person.id, text: 'Holiday cover' }));
  const ids = { personId: person.id, goalId: goal.id, id: promise.id, tickedPointIds: point.id };

  // One call per method with the marker in every text field it has (a second birthday would be refused).
  const refused: string[] = [];
  for (const method of WRITE_METHODS) {
    const input = TEXT_LEAVES.filter((leaf) => leaf.method === method).reduce((sample, leaf) => withValueAt(sample, leaf.path, MARKER), validInput(method, ids));
    const result = await tend.dispatch(method, input);
    if (!result.ok) refused.push(`${method}: ${result.error.message}`);
  }
  expectOk(await tend.dispatch('quickLog.save', { line: `@Priya todo: ${MARKER}` }));
  expect(refused).toEqual([]);

  // The search index holds it (FTS5, inside the encrypted file), a backup and an encrypted archive hold it.
  expect(expectOk(await tend.dispatch('search.query', { query: 'marmalade' })).hits.length).toBeGreaterThan(5);
  expectOk(await tend.dispatch('backup.create'));
  expectOk(await tend.dispatch('archive.export', { format: 'json', passphrase: 'probe passphrase' }));
  await tend.afterStart;

  // Open: the WAL and SHM are there now.
  expect(filesContaining(dataDir, MARKER)).toEqual([]);
  tend.close();
  expect(filesContaining(dataDir, MARKER)).toEqual([]);
  expect(logged).not.toContain(MARKER);
  // Every method's record and the quick log's commitment are there, through the key.
  expect(markersInside(join(dataDir, 'tend.sqlite'), encryption.key.toString('hex'))).toBeGreaterThanOrEqual(WRITE_METHODS.length + 1);
}, 60_000);
