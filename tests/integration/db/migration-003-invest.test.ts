import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { BACKUP_DIR, DATABASE_FILE } from '../../../src/core/tend';
import { applyWriterPragmas, openDatabase, type Database } from '../../../src/core/db/database';
import { migrate } from '../../../src/core/db/migrate';
import { pinnedClock } from '../../fixtures/clock';
import { TEST_START } from '../../fixtures/open-test-tend';
import { buildDatabaseAtVersion } from '../../fixtures/schemas';
import { removeTempDir, tempDir } from '../../fixtures/temp-dir';

/** Ana Lima and Cara Diaz from the v1 and v2 fixtures. */
const ANA = '0b6f3a52-5d0e-4c57-9f55-7a3f0e2b1c01';
const CARA = '0b6f3a52-5d0e-4c57-9f55-7a3f0e2b1c03';
const AT = '2026-11-23T14:00:00.000Z';

let db: Database;
let templateDir: string;

// Every test reads or writes the same v2 file migrated once: each gets its own copy of it, which
// spares running the migrations to the latest schema 24 times (~0.5 s each on a loaded machine).
beforeAll(async () => {
  templateDir = mkdtempSync(join(tmpdir(), 'tend-v2-migrated-'));
  const file = join(templateDir, DATABASE_FILE);
  buildDatabaseAtVersion(file, 2);
  const template = openDatabase(file);
  try {
    applyWriterPragmas(template);
    await migrate(template, { backupDir: join(templateDir, BACKUP_DIR), clock: pinnedClock(TEST_START) });
  } finally {
    template.close();
  }
});

afterAll(() => removeTempDir(templateDir));

beforeEach(() => {
  const file = join(tempDir('tend-data'), DATABASE_FILE);
  copyFileSync(join(templateDir, DATABASE_FILE), file);
  db = openDatabase(file);
  applyWriterPragmas(db);
});

afterEach(() => db.close());

let next = 0;
const newId = () => `3e4f5061-0000-4000-8000-${String(++next).padStart(12, '0')}`;

function investment(values: Record<string, unknown> = {}) {
  db.run(
    `INSERT INTO investments (id, person_id, day, minutes, kind, note, created_at, updated_at)
     VALUES (:id, :personId, :day, :minutes, :kind, :note, :at, :at)`,
    { id: newId(), personId: ANA, day: '2026-11-20', minutes: 30, kind: 'coaching', note: null, at: AT, ...values },
  );
}

function commitment(values: Record<string, unknown> = {}) {
  db.run(
    `INSERT INTO commitments (id, person_id, text, owner, due_on, status, made_on, done_on, dropped_on, drop_reason, created_at, updated_at)
     VALUES (:id, :personId, :text, :owner, :dueOn, :status, :madeOn, :doneOn, :droppedOn, :reason, :at, :at)`,
    {
      id: newId(), personId: ANA, text: 'Send the budget link', owner: 'me', dueOn: null, status: 'open',
      madeOn: '2026-11-20', doneOn: null, droppedOn: null, reason: null, at: AT, ...values,
    },
  );
}

function talkingPoint(values: Record<string, unknown> = {}) {
  db.run(
    `INSERT INTO talking_points (id, person_id, text, position, discussed_on, created_at, updated_at)
     VALUES (:id, :personId, :text, :position, :discussedOn, :at, :at)`,
    { id: newId(), personId: ANA, text: 'Promo timeline', position: 1, discussedOn: null, at: AT, ...values },
  );
}

function plan(sql: string, params: unknown[]): string {
  return (db.raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
}

describe('schema v3 (invest time, follow through)', () => {
  test('people from earlier versions have no maximum, no snooze and are not sample people', () => {
    const rows = db.all<{ max_days: number | null; snoozed_until: string | null; is_sample: number }>(
      `SELECT max_days, snoozed_until, is_sample FROM people ORDER BY name`,
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toEqual({ max_days: null, snoozed_until: null, is_sample: 0 });
  });

  test('good rows are accepted', () => {
    investment();
    investment({ minutes: 1, kind: 'one_on_one', note: 'x'.repeat(20_000) });
    investment({ minutes: 600, kind: 'other', personId: CARA });
    commitment({ owner: 'them', dueOn: '2026-12-01' });
    commitment({ status: 'done', doneOn: '2026-11-22' });
    commitment({ status: 'dropped', droppedOn: '2026-11-22', reason: 'No longer needed' });
    talkingPoint();
    talkingPoint({ position: 2, discussedOn: '2026-11-23' });
    expect(db.get(`SELECT count(*) AS n FROM investments`)).toEqual({ n: 3 });
  });

  test.each([
    ['minutes 0', () => investment({ minutes: 0 })],
    ['minutes 601', () => investment({ minutes: 601 })],
    ['minutes 1.5', () => investment({ minutes: 1.5 })],
    ['an unknown kind', () => investment({ kind: 'meeting' })],
    ['a day not written as YYYY-MM-DD', () => investment({ day: '2026-1-5' })],
    ['an empty note', () => investment({ note: '   ' })],
    ['a note over 20,000 characters', () => investment({ note: 'x'.repeat(20_001) })],
    ['an investment for no one', () => investment({ personId: newId() })],
    ['an unknown owner', () => commitment({ owner: 'boss' })],
    ['an unknown status', () => commitment({ status: 'pending' })],
    ['empty commitment text', () => commitment({ text: ' ' })],
    ['done without the day', () => commitment({ status: 'done' })],
    ['a done day on an open commitment', () => commitment({ doneOn: '2026-11-22' })],
    ['dropped without the day', () => commitment({ status: 'dropped' })],
    ['a drop reason on an open commitment', () => commitment({ reason: 'Why not' })],
    ['a due day not written as YYYY-MM-DD', () => commitment({ dueOn: 'friday' })],
    ['an empty talking point', () => talkingPoint({ text: '' })],
    ['a maximum of 0 days', () => db.run(`UPDATE people SET max_days = 0 WHERE id = ?`, [ANA])],
    ['a snooze that is not a day', () => db.run(`UPDATE people SET snoozed_until = 'soon' WHERE id = ?`, [ANA])],
    ['a sample mark other than 0 or 1', () => db.run(`UPDATE people SET is_sample = 2 WHERE id = ?`, [ANA])],
  ])('refuses %s', (_label, write) => {
    expect(write).toThrow(/CHECK constraint failed|FOREIGN KEY constraint failed|cannot store/);
  });

  test('deleting a person deletes their investments, commitments and talking points', () => {
    investment();
    commitment();
    talkingPoint();
    investment({ personId: CARA });
    db.run(`DELETE FROM people WHERE id = ?`, [ANA]);
    const left = (table: string, id: string) => db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE person_id = ?`, [id])?.n;
    expect([left('investments', ANA), left('commitments', ANA), left('talking_points', ANA)]).toEqual([0, 0, 0]);
    expect(left('investments', CARA)).toBe(1);
  });

  test('the latest investment per person, open lists and timeline events are index lookups, not scans', () => {
    expect(plan(`SELECT max(day) FROM investments WHERE person_id = ?`, [ANA])).toContain('investments_by_person');
    expect(
      plan(`SELECT id FROM investments WHERE person_id = ? AND (day, created_at, id) < (?, ?, ?) ORDER BY day DESC, created_at DESC, id DESC LIMIT 50`, [
        ANA, '2026-11-23', AT, newId(),
      ]),
    ).toMatch(/USING (COVERING )?INDEX investments_by_person/);
    expect(plan(`SELECT id FROM commitments WHERE person_id = ? AND status = 'open' ORDER BY owner, due_on`, [ANA])).toContain('commitments_open');
    expect(plan(`SELECT id FROM commitments WHERE person_id = ? AND done_on IS NOT NULL ORDER BY done_on DESC, created_at DESC, id DESC`, [ANA])).toContain('commitments_done');
    expect(plan(`SELECT id FROM commitments WHERE person_id = ? AND dropped_on < ? ORDER BY dropped_on DESC`, [ANA, '2026-11-23'])).toContain('commitments_dropped');
    expect(plan(`SELECT id FROM commitments WHERE person_id = ? ORDER BY made_on DESC, created_at DESC, id DESC`, [ANA])).toContain('commitments_made');
    expect(plan(`SELECT id FROM talking_points WHERE person_id = ? AND discussed_on IS NULL ORDER BY position`, [ANA])).toContain('talking_points_queued');
  });
});
