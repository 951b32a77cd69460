import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../shared/contract';
import type { Note, NoteKind } from '../../shared/notes';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import type { Ownership } from './ownership';

export interface NoteRow {
  id: string;
  person_id: string;
  kind: NoteKind;
  body: string;
  noted_on: string;
  mood: number | null;
  energy: number | null;
  created_at: string;
  updated_at: string;
}

export const toNote = (r: NoteRow): Note => ({
  id: r.id,
  personId: r.person_id,
  kind: r.kind,
  body: r.body,
  notedOn: r.noted_on,
  mood: r.mood,
  energy: r.energy,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Dated markdown notes about a person; read back through the timeline. */
export function createNotesService(db: Database, clock: Clock, ownership: Ownership) {
  const byId = (id: string) => toNote(db.get<NoteRow>('SELECT * FROM notes WHERE id = ?', [id])!);

  return {
    /** Kept by triggers (migration note-count): one row read, however many notes there are. */
    count(personId: string): number {
      return db.get<{ notes: number }>('SELECT notes FROM note_counts WHERE person_id = ?', [personId])?.notes ?? 0;
    },
    save(input: ParsedInput<'notes.save'>): Note {
      return db.transaction(() => {
        ownership.requireWritable('notes', input.id, input.personId, 'That note');
        const values = { kind: input.kind, body: input.body, mood: input.mood, energy: input.energy, now: instant(clock) };
        if (input.id === undefined) {
          const id = randomUUID();
          db.run(
            `INSERT INTO notes (id, person_id, kind, body, noted_on, mood, energy, created_at, updated_at)
             VALUES (:id, :personId, :kind, :body, :notedOn, :mood, :energy, :now, :now)`,
            { ...values, id, personId: input.personId, notedOn: input.notedOn ?? localDay(clock) },
          );
          return byId(id);
        }
        db.run(
          `UPDATE notes SET kind = :kind, body = :body, noted_on = COALESCE(:notedOn, noted_on), mood = :mood,
             energy = :energy, updated_at = :now WHERE id = :id`,
          { ...values, id: input.id, notedOn: input.notedOn ?? null },
        );
        return byId(input.id);
      });
    },
    delete(id: string): void {
      db.transaction(() => {
        ownership.requireDeletable('notes', id, 'That note');
        db.run('DELETE FROM notes WHERE id = ?', [id]);
      });
    },
  };
}
