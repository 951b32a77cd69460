import { randomUUID } from 'node:crypto';
import type { Commitment } from '../../shared/commitments';
import type { ParsedInput } from '../../shared/contract';
import type { Investment } from '../../shared/investments';
import type { Note } from '../../shared/notes';
import type { FinishedOneOnOne } from '../../shared/prep';
import { MEETING_DRAFT_FORM, draftKey } from '../../shared/draft-keys';
import type { TalkingPoint } from '../../shared/talking-points';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { TendError, conflict, notFound } from '../errors';
import { NOTE_COLUMNS } from '../notes/notes-service';
import { ONE_ON_ONE } from './investment-kinds';
import { requirePrepPerson } from './read-sheet';

/*
 * The SQL below writes rows of the invest feature's tables (investments, talking_points, commitments)
 * directly: its services are being built on another branch. Once they land, the three inserts/updates
 * can call their write functions inside this same transaction.
 */

const INVESTMENT_COLUMNS = `id, person_id AS personId, day, minutes, kind, note, created_at AS createdAt, updated_at AS updatedAt`;
const POINT_COLUMNS = `id, person_id AS personId, text, position, discussed_on AS discussedOn, created_at AS createdAt, updated_at AS updatedAt`;
const COMMITMENT_COLUMNS = `id, person_id AS personId, text, owner, due_on AS dueOn, status, made_on AS madeOn, done_on AS doneOn,
  dropped_on AS droppedOn, drop_reason AS dropReason, created_at AS createdAt, updated_at AS updatedAt`;

interface OneOnOneRow {
  meetingId: string;
  personId: string;
  day: string;
  investmentId: string | null;
  noteId: string | null;
  tickedIds: string;
  commitmentIds: string;
}

function byIds<T>(db: Database, table: string, columns: string, ids: readonly string[]): T[] {
  if (ids.length === 0) return [];
  const rows = db.all<T & { id: string }>(`SELECT ${columns} FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`, [JSON.stringify(ids)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** What a finished meeting wrote, read back by the ids it recorded (records deleted since are left out). */
function finishedOf(db: Database, row: OneOnOneRow, written: boolean): FinishedOneOnOne {
  return {
    meetingId: row.meetingId,
    personId: row.personId,
    day: row.day,
    written,
    investment: row.investmentId ? (db.get<Investment>(`SELECT ${INVESTMENT_COLUMNS} FROM investments WHERE id = ?`, [row.investmentId]) ?? null) : null,
    note: row.noteId ? (db.get<Note>(`SELECT ${NOTE_COLUMNS} FROM notes WHERE id = ?`, [row.noteId]) ?? null) : null,
    ticked: byIds<TalkingPoint>(db, 'talking_points', POINT_COLUMNS, JSON.parse(row.tickedIds) as string[]),
    commitments: byIds<Commitment>(db, 'commitments', COMMITMENT_COLUMNS, JSON.parse(row.commitmentIds) as string[]),
  };
}

function recorded(db: Database, meetingId: string): OneOnOneRow | undefined {
  return db.get<OneOnOneRow>(
    `SELECT meeting_id AS meetingId, person_id AS personId, day, investment_id AS investmentId, note_id AS noteId,
            ticked_ids AS tickedIds, commitment_ids AS commitmentIds
     FROM one_on_ones WHERE meeting_id = ?`,
    [meetingId],
  );
}

/**
 * The window's draft of this meeting goes with the write that logs it (shared/private-state.ts): a
 * window closed before its own removal reached the core would otherwise offer to resume a logged
 * 1:1. Only this meeting's: a newer meeting started since keeps its draft.
 */
function letDraftGo(db: Database, personId: string, meetingId: string): void {
  // CASE, not AND: only a value that is JSON is read as JSON (json_extract throws on anything else).
  db.run(
    `DELETE FROM private_state WHERE key = ? AND CASE WHEN json_valid(value) THEN json_extract(value, '$.values.meetingId') END = ?`,
    [draftKey(personId, MEETING_DRAFT_FORM), meetingId],
  );
}

/**
 * Finish a one-on-one in one transaction: the one-on-one investment, the note (when there is one), the
 * ticks (each point keeps the day it was discussed; unticked ones stay queued and carry over) and the new
 * commitments, then the record of the meeting. Any failure rolls all of it back. The meeting id makes it
 * idempotent: a second Finish (a double click, a retry after a lost reply) returns what the first wrote.
 */
export function finishOneOnOne(db: Database, clock: Clock, input: ParsedInput<'prep.finish'>): FinishedOneOnOne {
  return db.transaction(() => {
    const earlier = recorded(db, input.meetingId);
    if (earlier) {
      if (earlier.personId !== input.personId) throw conflict('That meeting was finished for someone else; start a new one.', 'meetingId');
      letDraftGo(db, input.personId, input.meetingId);
      return finishedOf(db, earlier, false);
    }
    requirePrepPerson(db, input.personId);
    const today = localDay(clock);
    const day = input.day ?? today;
    if (day > today) throw new TendError('invalid_input', 'A one-on-one cannot be finished for a day in the future.', 'day');
    const now = instant(clock);

    const investmentId = randomUUID();
    db.run(
      `INSERT INTO investments (id, person_id, day, minutes, kind, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, '${ONE_ON_ONE}', NULL, ?, ?)`,
      [investmentId, input.personId, day, input.minutes, now, now],
    );

    let noteId: string | null = null;
    if (input.note !== null) {
      noteId = randomUUID();
      db.run(
        `INSERT INTO notes (id, person_id, kind, body, noted_on, mood, energy, created_at, updated_at)
         VALUES (?, ?, 'one_on_one', ?, ?, NULL, NULL, ?, ?)`,
        [noteId, input.personId, input.note, day, now, now],
      );
    }

    for (const pointId of input.tickedPointIds) {
      const point = db.get<{ personId: string; discussedOn: string | null }>(
        `SELECT person_id AS personId, discussed_on AS discussedOn FROM talking_points WHERE id = ?`,
        [pointId],
      );
      if (!point || point.personId !== input.personId) throw notFound('A ticked talking point', 'tickedPointIds');
      // A point already ticked off keeps the day it was first discussed.
      if (point.discussedOn === null) {
        db.run(`UPDATE talking_points SET discussed_on = ?, updated_at = ? WHERE id = ?`, [day, now, pointId]);
      }
    }

    const commitmentIds = input.newCommitments.map((commitment) => {
      const id = randomUUID();
      db.run(
        `INSERT INTO commitments (id, person_id, text, owner, due_on, status, made_on, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?)`,
        [id, input.personId, commitment.text, commitment.owner, commitment.dueOn, day, now, now],
      );
      return id;
    });

    db.run(
      `INSERT INTO one_on_ones (meeting_id, person_id, day, investment_id, note_id, ticked_ids, commitment_ids, finished_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [input.meetingId, input.personId, day, investmentId, noteId, JSON.stringify(input.tickedPointIds), JSON.stringify(commitmentIds), now],
    );
    letDraftGo(db, input.personId, input.meetingId);
    return finishedOf(db, recorded(db, input.meetingId)!, true);
  });
}
