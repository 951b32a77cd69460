import type { ParsedInput } from '../../shared/contract';
import type { Matter } from '../../shared/matters';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { ownedRecords, type ActivePersonCheck } from '../db/owned-records';

const COLUMNS = `id, person_id AS personId, what, why, noted_on AS notedOn, created_at AS createdAt, updated_at AS updatedAt`;

/** What matters to someone, and why. */
export function createMattersService(db: Database, clock: Clock, people: ActivePersonCheck) {
  const records = ownedRecords<Matter>(db, people, {
    table: 'matters',
    what: 'That note on what matters',
    columns: COLUMNS,
    orderBy: 'noted_on DESC, created_at DESC',
  });

  return {
    listFor: records.listFor,
    save(input: ParsedInput<'matters.save'>): Matter {
      return records.save(
        input,
        {
          insert: `INSERT INTO matters (id, person_id, what, why, noted_on, created_at, updated_at)
                   VALUES (:id, :personId, :what, :why, COALESCE(:notedOn, :today), :now, :now)`,
          // An omitted date keeps the one recorded; it does not jump to today.
          update: `UPDATE matters SET what = :what, why = :why, noted_on = COALESCE(:notedOn, noted_on), updated_at = :now
                   WHERE id = :id`,
        },
        { what: input.what, why: input.why, notedOn: input.notedOn ?? null, today: localDay(clock), now: instant(clock) },
      );
    },
    delete: records.delete,
  };
}

export type MattersService = ReturnType<typeof createMattersService>;
