import { randomUUID } from 'node:crypto';
import { ROSTER_CHUNK_ROWS, type RosterPerson, type RosterPreview } from '../../shared/archive';
import type { Person } from '../../shared/people';
import { instant, type Clock } from '../clock';
import type { Database } from '../db/database';
import { conflict } from '../errors';
import { createPeopleService, rhythmOf, type NewPersonDefaults } from '../people/people-service';
import type { LongTask } from './progress';
import { previewRoster, type RosterReading } from './roster';

/** Every person, archived ones too: a roster row naming an archived person is refused, not duplicated. */
export function rosterPeople(db: Database, clock: Clock): Person[] {
  return createPeopleService(db, clock).list({ includeArchived: true });
}

/** The rows of a preview that would be written. */
export function importableRows(preview: RosterPreview): RosterPerson[] {
  return preview.rows.flatMap((row) => (row.person ? [row.person as RosterPerson] : []));
}

/**
 * Writes a roster into `db`, inside the one transaction the caller holds open (writeAsOneTransaction):
 * it is read again here, against the people there are now (never trusting an earlier preview), and its
 * importable rows written in chunks of ROSTER_CHUNK_ROWS, with progress and a pause after each. A new person gets the row's fields, and the Settings rhythm (`defaults`) where
 * the row gives no cadence, as one added by hand would; an existing one keeps their name (the roster
 * may spell it "Rivera, Sam") and every field the row leaves blank, and takes the rest. Any failure (a
 * person archived meanwhile) is thrown, and the caller rolls back every row.
 */
export async function importRoster(
  db: Database,
  clock: Clock,
  csv: string,
  reading: RosterReading,
  defaults: NewPersonDefaults,
  pause: () => Promise<void>,
  task: LongTask = {},
): Promise<{ created: Person[]; updated: Person[] }> {
  const people = createPeopleService(db, clock);
  const rows = importableRows(previewRoster(csv, rosterPeople(db, clock), reading));
  const now = instant(clock);
  const created: Person[] = [];
  const updated: Person[] = [];
  for (let from = 0; from < rows.length; from += ROSTER_CHUNK_ROWS) {
    for (const row of rows.slice(from, from + ROSTER_CHUNK_ROWS)) {
      const values = {
        name: row.name,
        preferredName: row.preferredName,
        role: row.role,
        team: row.team,
        email: row.email,
        startedOn: row.startedOn,
        cadenceDays: row.cadenceDays ?? null,
        now,
      };
      if (row.personId) {
        const changed = db.run(
          `UPDATE people SET preferred_name = COALESCE(:preferredName, preferred_name), role = COALESCE(:role, role),
             team = COALESCE(:team, team), email = COALESCE(:email, email), started_on = COALESCE(:startedOn, started_on),
             cadence_days = COALESCE(:cadenceDays, cadence_days), updated_at = :now
           WHERE id = :id AND archived_at IS NULL`,
          { ...values, id: row.personId },
        ).changes;
        // The preview matched active people only; this guards the same rule people.save keeps.
        if (changed === 0) throw conflict(`${row.name} is archived. Restore them to make changes.`, 'csv');
        updated.push(people.get(row.personId));
      } else {
        const id = randomUUID();
        const rhythm = rhythmOf({ cadenceDays: row.cadenceDays }, defaults);
        db.run(
          `INSERT INTO people (id, name, preferred_name, role, team, email, started_on, cadence_days, max_days, created_at, updated_at)
           VALUES (:id, :name, :preferredName, :role, :team, :email, :startedOn, :cadence, :maxDays, :now, :now)`,
          { ...values, id, cadence: rhythm.cadenceDays, maxDays: rhythm.maxDays },
        );
        created.push(people.get(id));
      }
    }
    task.onProgress?.({ done: Math.min(from + ROSTER_CHUNK_ROWS, rows.length), total: rows.length, step: 'people' });
    await pause();
  }
  return { created, updated };
}
