import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/core/db/migrations';
import { DATABASE_FILE } from '../../../src/core/tend';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { buildDatabaseAtVersion } from '../../fixtures/schemas';
import { inspectDatabase } from '../../fixtures/sqlite-file';
import { tempDir } from '../../fixtures/temp-dir';

const SEARCH_VERSION = MIGRATIONS.findIndex((m) => m.name === 'search') + 1;

describe('migration 009 builds the index for the data already there', () => {
  it('finds records written before the index existed, each on its own day', async () => {
    const dataDir = tempDir('tend-data');
    buildDatabaseAtVersion(join(dataDir, DATABASE_FILE), SEARCH_VERSION - 1);
    const { tend } = await openTestTend({ dataDir });
    const progress = expectOk(await tend.dispatch('search.query', { query: 'kick-off' }));
    expect(progress.hits.map((h) => [h.kind, h.day])).toEqual([['progress', '2025-08-05']]);
    const agenda = expectOk(await tend.dispatch('search.query', { query: 'offsite agenda' }));
    expect(agenda.hits.map((h) => h.kind)).toEqual(['commitment']);
    // Every indexed record of the old file is one document, and each has its text.
    const browse = expectOk(await tend.dispatch('search.query', { query: 'archived', limit: 100, counts: true }));
    expect(browse.hits.length).toBeGreaterThan(5);
    expect(browse.hits.every((h) => h.snippet.length > 0)).toBe(true);
  });
});

const PREFIXES_VERSION = MIGRATIONS.findIndex((m) => m.name === 'search-prefixes') + 1;

describe('migration 014 makes the index again with 4-, 5- and 6-letter prefix indexes', () => {
  it('keeps every document and its text, finds each prefix length, and the triggers still write to it', async () => {
    const dataDir = tempDir('tend-data');
    const file = join(dataDir, DATABASE_FILE);
    buildDatabaseAtVersion(file, PREFIXES_VERSION - 1);
    const before = inspectDatabase(file, (raw) => raw.prepare('SELECT rowid, text FROM search_text ORDER BY rowid').all());
    const { tend } = await openTestTend({ dataDir });
    for (const typed of ['off', 'offs', 'offsi', 'offsit', 'offsite']) {
      const found = expectOk(await tend.dispatch('search.query', { query: typed }));
      expect(found.hits.map((h) => h.kind), typed).toContain('commitment');
    }
    const person = expectOk(await tend.dispatch('people.list', { includeArchived: true }))[0]!;
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: 'Kilimanjaro in the spring' }));
    expect(expectOk(await tend.dispatch('search.query', { query: 'kilima' })).hits.map((h) => h.kind)).toEqual(['note']);
    tend.close();

    const after = inspectDatabase(file, (raw) => ({
      table: raw.prepare(`SELECT sql FROM sqlite_master WHERE name = 'search_text'`).pluck().get(),
      rows: raw.prepare('SELECT rowid, text FROM search_text WHERE text NOT LIKE ? ORDER BY rowid').all('Kilimanjaro%'),
    }));
    expect(after.table).toContain(`prefix = '3 4 5 6'`);
    expect(after.rows).toEqual(before);
    // FTS5's own check that the index holds exactly the stored text (it throws otherwise).
    const writer = new BetterSqlite3(file);
    writer.exec(`INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 1)`);
    writer.close();
  });
});
