import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../shared/contract';
import type { Matter } from '../../shared/matters';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import type { Ownership } from './ownership';

interface MatterRow {
  id: string;
  person_id: string;
  what: string;
  why: string | null;
  noted_on: string;
  created_at: string;
  updated_at: string;
}

const toMatter = (r: MatterRow): Matter => ({
  id: r.id,
  personId: r.person_id,
  what: r.what,
  why: r.why,
  notedOn: r.noted_on,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function createMattersService(db: Database, clock: Clock, ownership: Ownership) {
  const byId = (id: string) => toMatter(db.get<MatterRow>('SELECT * FROM matters WHERE id = ?', [id])!);

  return {
    listFor(personId: string): Matter[] {
      return db
        .all<MatterRow>('SELECT * FROM matters WHERE person_id = ? ORDER BY noted_on DESC, created_at DESC', [personId])
        .map(toMatter);
    },
    save(input: ParsedInput<'matters.save'>): Matter {
      return db.transaction(() => {
        ownership.requireWritable('matters', input.id, input.personId, 'That note on what matters');
        const now = instant(clock);
        const values = { what: input.what, why: input.why, now };
        if (input.id === undefined) {
          const id = randomUUID();
          db.run(
            `INSERT INTO matters (id, person_id, what, why, noted_on, created_at, updated_at)
             VALUES (:id, :personId, :what, :why, :notedOn, :now, :now)`,
            { ...values, id, personId: input.personId, notedOn: input.notedOn ?? localDay(clock) },
          );
          return byId(id);
        }
        // An omitted date keeps the one recorded; it does not jump to today.
        db.run(
          `UPDATE matters SET what = :what, why = :why, noted_on = COALESCE(:notedOn, noted_on), updated_at = :now
           WHERE id = :id`,
          { ...values, id: input.id, notedOn: input.notedOn ?? null },
        );
        return byId(input.id);
      });
    },
    delete(id: string): void {
      db.transaction(() => {
        ownership.requireDeletable('matters', id, 'That note on what matters');
        db.run('DELETE FROM matters WHERE id = ?', [id]);
      });
    },
  };
}
