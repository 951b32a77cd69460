import { randomUUID } from 'node:crypto';
import type { RosterPerson } from '../../shared/archive';
import type { Person } from '../../shared/people';
import { instant, type Clock } from '../clock';
import type { Database } from '../db/database';
import { notFound } from '../errors';
import { createPeopleService, rhythmOf, type NewPersonDefaults } from '../people/people-service';

/**
 * Writes confirmed roster rows in one transaction. A new person gets the row's fields, and the
 * Settings rhythm (`defaults`) where the row gives no cadence, as one added by hand would; an
 * existing one keeps their name (the roster may spell it "Rivera, Sam") and every field the row
 * leaves blank, and takes the rest. Any failure (a person deleted meanwhile) rolls back every row.
 */
export function importRoster(
  db: Database,
  clock: Clock,
  rows: readonly RosterPerson[],
  defaults: NewPersonDefaults,
): { created: Person[]; updated: Person[] } {
  const people = createPeopleService(db, clock);
  return db.transaction(() => {
    const now = instant(clock);
    const created: Person[] = [];
    const updated: Person[] = [];
    for (const [index, row] of rows.entries()) {
      const values = {
        name: row.name,
        preferredName: row.preferredName,
        role: row.role,
        team: row.team,
        startedOn: row.startedOn,
        cadenceDays: row.cadenceDays ?? null,
        now,
      };
      if (row.personId) {
        const changed = db.run(
          `UPDATE people SET preferred_name = COALESCE(:preferredName, preferred_name), role = COALESCE(:role, role),
             team = COALESCE(:team, team), started_on = COALESCE(:startedOn, started_on),
             cadence_days = COALESCE(:cadenceDays, cadence_days), updated_at = :now
           WHERE id = :id`,
          { ...values, id: row.personId },
        ).changes;
        if (changed === 0) throw notFound('The person on roster row ' + (index + 1), `rows.${index}.personId`);
        updated.push(people.get(row.personId));
      } else {
        const id = randomUUID();
        const rhythm = rhythmOf({ cadenceDays: row.cadenceDays }, defaults);
        db.run(
          `INSERT INTO people (id, name, preferred_name, role, team, started_on, cadence_days, max_days, created_at, updated_at)
           VALUES (:id, :name, :preferredName, :role, :team, :startedOn, :cadence, :maxDays, :now, :now)`,
          { ...values, id, cadence: rhythm.cadenceDays, maxDays: rhythm.maxDays },
        );
        created.push(people.get(id));
      }
    }
    return { created, updated };
  });
}

/** Active people, for matching roster names (an archived namesake is not offered as an update). */
export function activePeople(db: Database, clock: Clock): Person[] {
  return createPeopleService(db, clock).list({ includeArchived: false });
}
