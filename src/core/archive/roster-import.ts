import { randomUUID } from 'node:crypto';
import type { RosterPerson } from '../../shared/archive';
import { DEFAULT_CADENCE_DAYS, type Person } from '../../shared/people';
import { instant, type Clock } from '../clock';
import type { Database } from '../db/database';
import { notFound } from '../errors';
import { createPeopleService } from '../people/people-service';

/**
 * Writes confirmed roster rows in one transaction. A new person gets the row's fields; an existing
 * one keeps their name (the roster may spell it "Rivera, Sam") and every field the row leaves blank,
 * and takes the rest. Any failure (a person deleted meanwhile) rolls back every row.
 */
export function importRoster(db: Database, clock: Clock, rows: readonly RosterPerson[]): { created: Person[]; updated: Person[] } {
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
        db.run(
          `INSERT INTO people (id, name, preferred_name, role, team, started_on, cadence_days, created_at, updated_at)
           VALUES (:id, :name, :preferredName, :role, :team, :startedOn, :cadence, :now, :now)`,
          { ...values, id, cadence: values.cadenceDays ?? DEFAULT_CADENCE_DAYS },
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
