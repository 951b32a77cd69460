import type { ParsedInput } from '../../shared/contract';
import type { Note } from '../../shared/notes';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { ownedRecords, type ActivePersonCheck } from '../db/owned-records';

/** A note as the contract shows it; the timeline source selects the same list. */
export const NOTE_COLUMNS = `id, person_id AS personId, kind, body, noted_on AS notedOn, mood, energy,
  created_at AS createdAt, updated_at AS updatedAt`;

/** Dated markdown notes about a person; read back through the timeline. */
export function createNotesService(db: Database, clock: Clock, people: ActivePersonCheck) {
  const records = ownedRecords<Note>(db, people, {
    table: 'notes',
    what: 'That note',
    columns: NOTE_COLUMNS,
  });

  return {
    save(input: ParsedInput<'notes.save'>): Note {
      return records.save(
        input,
        {
          insert: `INSERT INTO notes (id, person_id, kind, body, noted_on, mood, energy, created_at, updated_at)
                   VALUES (:id, :personId, :kind, :body, COALESCE(:notedOn, :today), :mood, :energy, :now, :now)`,
          update: `UPDATE notes SET kind = :kind, body = :body, noted_on = COALESCE(:notedOn, noted_on), mood = :mood,
                     energy = :energy, updated_at = :now WHERE id = :id`,
        },
        {
          kind: input.kind,
          body: input.body,
          notedOn: input.notedOn ?? null,
          today: localDay(clock),
          mood: input.mood,
          energy: input.energy,
          now: instant(clock),
        },
      );
    },
    delete: records.delete,
  };
}

export type NotesService = ReturnType<typeof createNotesService>;
