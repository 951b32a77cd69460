import BetterSqlite3 from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { addDays, format } from 'date-fns';
import { NOTE_KINDS } from '../src/shared/notes';
import { pick, seededRandom } from '../src/core/sample/seeded-random';
import { NOTES } from '../src/core/sample/write-team';

/** The generator lives in src/core/sample (the app's sample team uses it too); re-exported for scripts and tests. */
export { pick, seededRandom };

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
