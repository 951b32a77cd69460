import type { ParsedInput } from '../../shared/contract';
import type { Investment } from '../../shared/investments';
import { daysBetween } from '../calendar/local-days';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { ownedRecords, type ActivePersonCheck } from '../db/owned-records';
import { TendError } from '../errors';

/** An investment as the contract shows it; the timeline source selects the same list. */
export const INVESTMENT_COLUMNS = `id, person_id AS personId, day, minutes, kind, note, created_at AS createdAt, updated_at AS updatedAt`;

/** Time invested in a person. */
export function createInvestmentsService(db: Database, clock: Clock, people: ActivePersonCheck) {
  const records = ownedRecords<Investment>(db, people, { table: 'investments', what: 'That investment', columns: INVESTMENT_COLUMNS });

  /** Inside the caller's transaction: checks, then the insert or update. */
  function write(input: ParsedInput<'investments.log'>): Investment {
    const today = localDay(clock);
    const day = input.day ?? today;
    if (daysBetween(today, day) > 0) {
      throw new TendError('invalid_input', 'Day cannot be in the future; log time for today or an earlier day.', 'day');
    }
    records.requireWritable(input.id, input.personId);
    return records.write(
      input,
      {
        insert: `INSERT INTO investments (id, person_id, day, minutes, kind, note, created_at, updated_at)
                 VALUES (:id, :personId, :day, :minutes, :kind, :note, :now, :now)`,
        update: `UPDATE investments SET day = :day, minutes = :minutes, kind = :kind, note = :note, updated_at = :now WHERE id = :id`,
      },
      { day, minutes: input.minutes, kind: input.kind, note: input.note, now: instant(clock) },
    );
  }

  return {
    write,
    log: (input: ParsedInput<'investments.log'>): Investment => db.transaction(() => write(input)),
    delete: records.delete,
  };
}

export type InvestmentsService = ReturnType<typeof createInvestmentsService>;
