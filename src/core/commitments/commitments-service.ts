import type { Commitment } from '../../shared/commitments';
import type { ParsedInput } from '../../shared/contract';
import { PROFILE_RECENT_CLOSED } from '../../shared/profile';
import { daysBetween } from '../calendar/local-days';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { ownedRecords, type ActivePersonCheck } from '../db/owned-records';
import { TendError } from '../errors';

/** A commitment as the contract shows it; the timeline sources select the same list. */
export const COMMITMENT_COLUMNS = `id, person_id AS personId, text, owner, due_on AS dueOn, status, made_on AS madeOn,
  done_on AS doneOn, dropped_on AS droppedOn, drop_reason AS dropReason, created_at AS createdAt, updated_at AS updatedAt`;

/** Open ones: overdue first (earliest due first), then dated, then undated by when they were made. */
const OPEN_ORDER = 'due_on IS NULL, due_on, made_on, created_at, id';

/** Written out once, like the statements below: a string built on each call is hashed again on each lookup. */
const OPEN = `SELECT ${COMMITMENT_COLUMNS} FROM commitments WHERE person_id = ? AND status = 'open' ORDER BY owner <> 'me', ${OPEN_ORDER}`;

/**
 * The most recently done or dropped, each side read from its own partial index. The limit is written
 * into the SQL rather than bound: SQLite (built with STAT4) plans by a bound LIMIT's value, so binding
 * it makes every run re-prepare the statement, which cost this read five times over.
 */
const RECENTLY_CLOSED = `SELECT * FROM (
    SELECT ${COMMITMENT_COLUMNS}, done_on AS closedOn FROM commitments WHERE person_id = :personId AND done_on IS NOT NULL
    ORDER BY done_on DESC, created_at DESC, id DESC LIMIT ${PROFILE_RECENT_CLOSED})
  UNION ALL
  SELECT * FROM (
    SELECT ${COMMITMENT_COLUMNS}, dropped_on AS closedOn FROM commitments WHERE person_id = :personId AND dropped_on IS NOT NULL
    ORDER BY dropped_on DESC, created_at DESC, id DESC LIMIT ${PROFILE_RECENT_CLOSED})
  ORDER BY closedOn DESC, createdAt DESC, id DESC LIMIT ${PROFILE_RECENT_CLOSED}`;

/** What the leader promised (`me`) and what the person said they would do (`them`). */
export function createCommitmentsService(db: Database, clock: Clock, people: ActivePersonCheck) {
  const records = ownedRecords<Commitment>(db, people, { table: 'commitments', what: 'That commitment', columns: COMMITMENT_COLUMNS });

  function notInFuture(day: string, today: string): void {
    if (daysBetween(today, day) > 0) throw new TendError('invalid_input', 'Day cannot be in the future.', 'day');
  }

  function write(input: ParsedInput<'commitments.save'>): Commitment {
    records.requireWritable(input.id, input.personId);
    return records.write(
      input,
      {
        insert: `INSERT INTO commitments (id, person_id, text, owner, due_on, status, made_on, created_at, updated_at)
                 VALUES (:id, :personId, :text, :owner, :dueOn, 'open', :today, :now, :now)`,
        update: `UPDATE commitments SET text = :text, owner = :owner, due_on = :dueOn, updated_at = :now WHERE id = :id`,
      },
      { text: input.text, owner: input.owner, dueOn: input.dueOn, today: localDay(clock), now: instant(clock) },
    );
  }

  return {
    write,
    save: (input: ParsedInput<'commitments.save'>): Commitment => db.transaction(() => write(input)),
    list(input: ParsedInput<'commitments.list'>): Commitment[] {
      people.requireActive(input.personId);
      const order = input.status === 'open' ? OPEN_ORDER : input.status === 'done' ? 'done_on DESC, created_at DESC' : 'dropped_on DESC, created_at DESC';
      return db.all<Commitment>(`SELECT ${COMMITMENT_COLUMNS} FROM commitments WHERE person_id = ? AND status = ? ORDER BY ${order}`, [
        input.personId,
        input.status,
      ]);
    },
    /** Open ones, mine before their asks, each in OPEN_ORDER: one read of the partial index commitments_open. */
    openOf: (personId: string): Commitment[] => db.all<Commitment>(OPEN, [personId]),
    /** The most recently done or dropped (PROFILE_RECENT_CLOSED of them), newest first. */
    recentlyClosed(personId: string): Commitment[] {
      return db.all<Commitment & { closedOn?: string }>(RECENTLY_CLOSED, { personId }).map(({ closedOn: _closedOn, ...commitment }) => commitment);
    },
    complete(input: ParsedInput<'commitments.complete'>): Commitment {
      return db.transaction(() => {
        const commitment = records.writableById(input.id);
        // Completing twice is a double click or a second device, not a new event: keep the first day.
        if (commitment.status === 'done') return commitment;
        const today = localDay(clock);
        const day = input.day ?? today;
        notInFuture(day, today);
        db.run(
          `UPDATE commitments SET status = 'done', done_on = :day, dropped_on = NULL, drop_reason = NULL, updated_at = :now WHERE id = :id`,
          { id: input.id, day, now: instant(clock) },
        );
        return records.byId(input.id);
      });
    },
    drop(input: ParsedInput<'commitments.drop'>): Commitment {
      return db.transaction(() => {
        const commitment = records.writableById(input.id);
        // Dropping again only updates the reason; the day it was let go stays.
        db.run(
          `UPDATE commitments SET status = 'dropped', dropped_on = coalesce(dropped_on, :today), done_on = NULL,
             drop_reason = :reason, updated_at = :now WHERE id = :id`,
          { id: commitment.id, today: localDay(clock), reason: input.reason, now: instant(clock) },
        );
        return records.byId(input.id);
      });
    },
    reopen(id: string): Commitment {
      return db.transaction(() => {
        const commitment = records.writableById(id);
        if (commitment.status === 'open') return commitment;
        db.run(
          `UPDATE commitments SET status = 'open', done_on = NULL, dropped_on = NULL, drop_reason = NULL, updated_at = :now WHERE id = :id`,
          { id, now: instant(clock) },
        );
        return records.byId(id);
      });
    },
    delete: records.delete,
  };
}

export type CommitmentsService = ReturnType<typeof createCommitmentsService>;
