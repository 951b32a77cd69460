import type { ParsedInput } from '../../shared/contract';
import { PROFILE_RECENT_CLOSED } from '../../shared/profile';
import type { TalkingPoint } from '../../shared/talking-points';
import { daysBetween } from '../calendar/local-days';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { ownedRecords, type ActivePersonCheck } from '../db/owned-records';
import { TendError } from '../errors';

export const TALKING_POINT_COLUMNS = `id, person_id AS personId, text, position, discussed_on AS discussedOn,
  created_at AS createdAt, updated_at AS updatedAt`;

/** Built once, not per call: the database finds a prepared statement by hashing its SQL. */
const QUEUED = `SELECT ${TALKING_POINT_COLUMNS} FROM talking_points WHERE person_id = ? AND discussed_on IS NULL ORDER BY position, created_at, id`;

/** The limit is in the SQL, not bound: a bound LIMIT makes SQLite re-prepare the statement on every run (see commitments). */
const RECENTLY_DISCUSSED = `SELECT ${TALKING_POINT_COLUMNS} FROM talking_points WHERE person_id = ? AND discussed_on IS NOT NULL
  ORDER BY discussed_on DESC, created_at DESC, id DESC LIMIT ${PROFILE_RECENT_CLOSED}`;

/** What to raise at the next one-on-one, in the leader's order, kept with the day once discussed. */
export function createTalkingPointsService(db: Database, clock: Clock, people: ActivePersonCheck) {
  const records = ownedRecords<TalkingPoint>(db, people, { table: 'talking_points', what: 'That talking point', columns: TALKING_POINT_COLUMNS });

  /** One past the last queued point: from talking_points_queued. */
  function nextPosition(personId: string): number {
    const last = db.get<{ p: number | null }>('SELECT max(position) AS p FROM talking_points WHERE person_id = ? AND discussed_on IS NULL', [personId])!.p;
    return last === null ? 0 : last + 1;
  }

  function queued(personId: string): TalkingPoint[] {
    return db.all<TalkingPoint>(QUEUED, [personId]);
  }

  function write(input: ParsedInput<'talkingPoints.save'>): TalkingPoint {
    records.requireWritable(input.id, input.personId);
    return records.write(
      input,
      {
        insert: `INSERT INTO talking_points (id, person_id, text, position, discussed_on, created_at, updated_at)
                 VALUES (:id, :personId, :text, :position, NULL, :now, :now)`,
        update: `UPDATE talking_points SET text = :text, updated_at = :now WHERE id = :id`,
      },
      { text: input.text, position: nextPosition(input.personId), now: instant(clock) },
    );
  }

  return {
    write,
    queued,
    /** The most recently discussed (PROFILE_RECENT_CLOSED of them), newest first. */
    recentlyDiscussed(personId: string): TalkingPoint[] {
      return db.all<TalkingPoint>(RECENTLY_DISCUSSED, [personId]);
    },
    save: (input: ParsedInput<'talkingPoints.save'>): TalkingPoint => db.transaction(() => write(input)),
    discuss(input: ParsedInput<'talkingPoints.discuss'>): TalkingPoint {
      return db.transaction(() => {
        const point = records.writableById(input.id);
        if (point.discussedOn !== null) return point;
        const today = localDay(clock);
        const day = input.day ?? today;
        if (daysBetween(today, day) > 0) throw new TendError('invalid_input', 'Day cannot be in the future.', 'day');
        db.run('UPDATE talking_points SET discussed_on = ?, updated_at = ? WHERE id = ?', [day, instant(clock), input.id]);
        return records.byId(input.id);
      });
    },
    requeue(id: string): TalkingPoint {
      return db.transaction(() => {
        const point = records.writableById(id);
        if (point.discussedOn === null) return point;
        db.run('UPDATE talking_points SET discussed_on = NULL, position = ?, updated_at = ? WHERE id = ?', [
          nextPosition(point.personId),
          instant(clock),
          id,
        ]);
        return records.byId(id);
      });
    },
    reorder(input: ParsedInput<'talkingPoints.reorder'>): TalkingPoint[] {
      return db.transaction(() => {
        people.requireActive(input.personId);
        const current = queued(input.personId).map((p) => p.id);
        const given = new Set(input.ids);
        if (current.length !== input.ids.length || current.some((id) => !given.has(id))) {
          throw new TendError('invalid_input', 'The new order must list exactly the queued talking points; reload and try again.', 'ids');
        }
        const now = instant(clock);
        input.ids.forEach((id, position) => db.run('UPDATE talking_points SET position = ?, updated_at = ? WHERE id = ?', [position, now, id]));
        return queued(input.personId);
      });
    },
    delete: records.delete,
  };
}

export type TalkingPointsService = ReturnType<typeof createTalkingPointsService>;
