import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/core/db/migrations';
import { DATABASE_FILE } from '../../../src/core/tend';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { buildDatabaseAtVersion } from '../../fixtures/schemas';
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
