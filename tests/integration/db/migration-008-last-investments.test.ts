import { describe, expect, test } from 'vitest';
import { TEAM_SQL } from '../../../src/core/attention/attention-service';
import type { Database } from '../../../src/core/db/database';
import { openMigratedDatabase } from '../../fixtures/migrated-database';
import { intBetween, seededRandom } from '../../fixtures/seeded-random';

type Latest = { person_id: string; day: string }[];

const kept = (db: Database): Latest => db.all('SELECT person_id, day FROM last_investments ORDER BY person_id');
const truth = (db: Database): Latest => db.all('SELECT person_id, max(day) AS day FROM investments GROUP BY person_id ORDER BY person_id');

const PEOPLE = ['p-ada', 'p-bo', 'p-cy', 'p-di'];
const AT = '2026-11-23T14:00:00.000Z';

function addPerson(db: Database, id: string): void {
  db.run(`INSERT INTO people (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)`, [id, `Person ${id}`, AT, AT]);
}

// Filling the table from a file's existing investments is checked for every earlier version in migrations.test.ts.
describe('migration 008: each person’s latest invested day, kept by the database', () => {
  test('stays equal to max(day) per person through 600 random logs, edits, moves, deletes and a deleted person', async () => {
    const { db } = await openMigratedDatabase();
    db.pragma('foreign_keys = ON');
    PEOPLE.forEach((id) => addPerson(db, id));
    const random = seededRandom(8);
    let next = 0;
    const ids: string[] = [];
    const day = () => `2026-${String(intBetween(random, 1, 12)).padStart(2, '0')}-${String(intBetween(random, 1, 28)).padStart(2, '0')}`;
    const person = () => PEOPLE[intBetween(random, 0, PEOPLE.length - 1)]!;
    for (let step = 0; step < 600; step++) {
      const roll = random();
      const pick = ids.length > 0 ? ids[intBetween(random, 0, ids.length - 1)]! : undefined;
      if (roll < 0.5 || !pick) {
        const id = `i-${next++}`;
        db.run(`INSERT INTO investments (id, person_id, day, minutes, kind, created_at, updated_at) VALUES (?, ?, ?, 30, 'coaching', ?, ?)`, [id, person(), day(), AT, AT]);
        ids.push(id);
      } else if (roll < 0.7) {
        db.run('UPDATE investments SET day = ? WHERE id = ?', [day(), pick]);
      } else if (roll < 0.8) {
        db.run('UPDATE investments SET person_id = ?, day = ? WHERE id = ?', [person(), day(), pick]);
      } else if (roll < 0.85) {
        // An edit that changes neither the day nor the person (the note) leaves the latest alone.
        db.run(`UPDATE investments SET note = 'edited' WHERE id = ?`, [pick]);
      } else {
        db.run('DELETE FROM investments WHERE id = ?', [pick]);
        ids.splice(ids.indexOf(pick), 1);
      }
      expect(kept(db), `after step ${step}`).toEqual(truth(db));
    }
    expect(kept(db).length).toBe(PEOPLE.length);

    // Deleting a person takes their investments along (a cascade), and their latest day with them.
    db.run('DELETE FROM people WHERE id = ?', ['p-bo']);
    expect(kept(db)).toEqual(truth(db));
    expect(kept(db).map((r) => r.person_id)).not.toContain('p-bo');

    db.run('DELETE FROM investments');
    expect(kept(db)).toEqual([]);
  });

  test('Today reads the kept day: no seek into the investments at all', async () => {
    const { db } = await openMigratedDatabase();
    const plan = (db.raw.prepare(`EXPLAIN QUERY PLAN ${TEAM_SQL}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/SEARCH l USING PRIMARY KEY \(person_id=\?\)/);
    expect(plan).not.toMatch(/investments/);
  });
});
