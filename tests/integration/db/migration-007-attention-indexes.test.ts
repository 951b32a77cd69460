import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { OPEN_SQL, WEEK_SQL } from '../../../src/core/attention/attention-service';
import { applyWriterPragmas, openDatabase, type Database } from '../../../src/core/db/database';
import { migrate } from '../../../src/core/db/migrate';
import { BACKUP_DIR, DATABASE_FILE } from '../../../src/core/tend';
import { pinnedClock } from '../../fixtures/clock';
import { TEST_START } from '../../fixtures/open-test-tend';
import { buildDatabaseAtVersion } from '../../fixtures/schemas';
import { tempDir } from '../../fixtures/temp-dir';

/** Cara Diaz (v2) has an open promise written at v3, before commitments_open was rebuilt. */
const CARA = '0b6f3a52-5d0e-4c57-9f55-7a3f0e2b1c03';

let db: Database;

beforeEach(async () => {
  const dataDir = tempDir('tend-data');
  const file = join(dataDir, DATABASE_FILE);
  buildDatabaseAtVersion(file, 6);
  db = openDatabase(file);
  applyWriterPragmas(db);
  await migrate(db, { backupDir: join(dataDir, BACKUP_DIR), clock: pinnedClock(TEST_START) });
});

afterEach(() => db.close());

function plan(sql: string, params: Record<string, string> = {}): string {
  return (db.raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join('\n');
}

describe('migration 007: attention indexes', () => {
  test("Today's reads never touch a table row: the week's minutes and open commitments are index-only", () => {
    const week = plan(WEEK_SQL, { weekStart: '2026-11-23', today: '2026-11-23' });
    expect(week).toMatch(/SEARCH i USING COVERING INDEX investments_by_day \(day>\? AND day<\?\)/);
    expect(week).not.toMatch(/SCAN i/);
    const open = plan(OPEN_SQL);
    expect(open).toMatch(/SCAN c USING COVERING INDEX commitments_open/);
    // The index already holds the order asked for.
    expect(open).not.toMatch(/TEMP B-TREE/);
  });

  test('open commitments from before the rebuild are still in the index, closed ones are not', () => {
    const open = db.all<{ personId: string; text: string }>(OPEN_SQL);
    expect(open).toContainEqual(expect.objectContaining({ personId: CARA, text: 'Send the budget link' }));
    expect(open.map((c) => c.text)).not.toContain('Draft the RFC');
    expect(db.get<{ n: number }>(`SELECT count(*) AS n FROM commitments WHERE status = 'open'`)!.n).toBe(open.length);
  });
});
