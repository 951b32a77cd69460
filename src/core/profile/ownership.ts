import type { Database } from '../db/database';
import { notFound } from '../errors';
import type { PeopleService } from '../people/people-service';

/** Tables whose rows belong to one person. A fixed list: table names are never taken from input. */
export type OwnedTable = 'matters' | 'goals' | 'progress_notes' | 'personal_details' | 'important_dates' | 'notes';

/**
 * Checks that guard every write to a person's records: the record must belong to the person the
 * caller named (no editing another person's record by id), and the person must be active.
 */
export function createOwnership(db: Database, people: PeopleService) {
  function ownerOf(table: OwnedTable, id: string): string | undefined {
    return db.get<{ person_id: string }>(`SELECT person_id FROM ${table} WHERE id = ?`, [id])?.person_id;
  }

  return {
    /** Before creating (no id) or updating (id) a record of `personId`. */
    requireWritable(table: OwnedTable, id: string | undefined, personId: string, what: string): void {
      people.requireActive(personId);
      if (id !== undefined && ownerOf(table, id) !== personId) throw notFound(what, 'id');
    },
    /** Before deleting a record; returns its owner. */
    requireDeletable(table: OwnedTable, id: string, what: string): string {
      const owner = ownerOf(table, id);
      if (owner === undefined) throw notFound(what, 'id');
      people.requireActive(owner, 'id');
      return owner;
    },
  };
}

export type Ownership = ReturnType<typeof createOwnership>;
