import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import { addDays, format } from 'date-fns';
import { NOTE_KINDS } from '../src/shared/notes';
import type { Tend } from '../src/core/tend';
import type { Person } from '../src/shared/people';
import { pick, seededId, seededRandom } from '../src/core/sample/seeded-random';
import { FIRST, LAST, ROLES, TEAMS } from '../src/core/sample/team-plans';
import { MATTERS, NOTES } from '../src/core/sample/write-team';

/** The generator lives in src/core/sample (the app's sample team uses it too); re-exported for scripts and tests. */
export { pick, seededRandom };

/** A small team written through the contract (the way a user builds one), for tests and benchmarks. */
export async function seedTeam(tend: Tend, size: number, seed = 7): Promise<Person[]> {
  const random = seededRandom(seed);
  const today = tend.clock();
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 5) % LAST.length]}`;
    const startedOn = format(addDays(today, -Math.floor(200 + random() * 2000)), 'yyyy-MM-dd');
    const saved = await tend.dispatch('people.save', {
      name,
      role: pick(random, ROLES),
      team: pick(random, TEAMS),
      startedOn,
      cadenceDays: random() < 0.25 ? 14 : 7,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    const person = saved.value;
    people.push(person);
    const [what, why] = pick(random, MATTERS);
    await tend.dispatch('matters.save', { personId: person.id, what: what!, why: why! });
    await tend.dispatch('goals.save', { personId: person.id, kind: 'goal', sphere: 'professional', title: 'Grow into a tech lead role' });
    await tend.dispatch('details.save', { personId: person.id, kind: 'hobby', name: pick(random, ['Bouldering', 'Sourdough', 'Chess', 'Trail running']) });
    for (let n = 0; n < 3; n++) {
      await tend.dispatch('notes.save', {
        personId: person.id,
        kind: pick(random, NOTE_KINDS),
        body: pick(random, NOTES),
        notedOn: format(addDays(today, -Math.floor(random() * 60)), 'yyyy-MM-dd'),
      });
    }
  }
  return people;
}

/**
 * Many notes for one person in a single transaction on a separate connection: writing them one
 * call at a time would measure fsync, not the timeline.
 */
export function bulkNotes(databaseFile: string, personId: string, count: number, seed = 11): void {
  const random = seededRandom(seed);
  const db = new BetterSqlite3(databaseFile);
  try {
    const insert = db.prepare(
      `INSERT INTO notes (id, person_id, kind, body, noted_on, mood, energy, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?)`,
    );
    const start = new Date('2020-01-01T12:00:00Z');
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const day = addDays(start, Math.floor(i / 3));
        const createdAt = new Date(day.getTime() + i * 1000).toISOString();
        insert.run(randomUUID(), personId, pick(random, NOTE_KINDS), pick(random, NOTES), format(day, 'yyyy-MM-dd'), createdAt, createdAt);
      }
    })();
  } finally {
    db.close();
  }
}

export interface TeamShape {
  people: number;
  notesEach: number;
  /** One more person (first in the list by name) with this many notes: the Person page under load. */
  focusNotes: number;
}

export interface Team {
  personIds: string[];
  focusId: string;
  focusName: string;
}

/**
 * Writes a whole team into an already-migrated database in one transaction with raw SQL: going
 * through the contract one call at a time would take minutes of fsync, and generation is not what
 * the benchmarks measure. The schema's own triggers still run (note counts, indexes).
 */
export function writeTeam(databaseFile: string, shape: TeamShape, today: Date, seed = 7): Team {
  const random = seededRandom(seed);
  const db = new BetterSqlite3(databaseFile);
  const at = today.toISOString();
  const day = (daysAgo: number) => format(addDays(today, -daysAgo), 'yyyy-MM-dd');
  try {
    db.pragma('journal_mode = WAL');
    const person = db.prepare(
      `INSERT INTO people (id, name, role, team, started_on, cadence_days, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const matter = db.prepare(`INSERT INTO matters (id, person_id, what, why, noted_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const goal = db.prepare(
      `INSERT INTO goals (id, person_id, kind, sphere, title, status, created_at, updated_at) VALUES (?, ?, 'goal', 'professional', 'Grow into a tech lead role', 'active', ?, ?)`,
    );
    const detail = db.prepare(`INSERT INTO personal_details (id, person_id, kind, name, created_at, updated_at) VALUES (?, ?, 'hobby', ?, ?, ?)`);
    const note = db.prepare(
      `INSERT INTO notes (id, person_id, kind, body, noted_on, mood, energy, created_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?)`,
    );
    const team: Team = { personIds: [], focusId: '', focusName: 'Aaron Focus' };
    db.transaction(() => {
      const addPerson = (name: string, notes: number) => {
        const id = seededId(random);
        person.run(id, name, pick(random, ROLES), pick(random, TEAMS), day(200 + Math.floor(random() * 2000)), random() < 0.25 ? 14 : 7, at, at);
        const [what, why] = pick(random, MATTERS);
        matter.run(seededId(random), id, what, why, day(30), at, at);
        goal.run(seededId(random), id, at, at);
        detail.run(seededId(random), id, pick(random, ['Bouldering', 'Sourdough', 'Chess', 'Trail running']), at, at);
        for (let n = 0; n < notes; n++) {
          // About three notes a day going back from today, created in order.
          const created = new Date(today.getTime() - (notes - n) * 60_000).toISOString();
          note.run(seededId(random), id, pick(random, NOTE_KINDS), pick(random, NOTES), day(Math.floor((notes - n) / 3)), created, created);
        }
        return id;
      };
      team.focusId = addPerson(team.focusName, shape.focusNotes);
      for (let i = 0; i < shape.people; i++) {
        team.personIds.push(addPerson(`${FIRST[i % FIRST.length]} ${LAST[(i * 5 + Math.floor(i / LAST.length)) % LAST.length]} ${i + 1}`, shape.notesEach));
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return team;
  } finally {
    db.close();
  }
}
