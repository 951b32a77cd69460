import { randomUUID } from 'node:crypto';
import type { StaleRecord } from '../../shared/result';
import { notFound } from '../errors';
import type { Database } from './database';
import { nextVersion, requireCurrentVersion } from './edit-version';

/** Tables whose rows belong to one person. A fixed list: table names are never taken from input. */
export type OwnedTable =
  | 'matters'
  | 'goals'
  | 'progress_notes'
  | 'personal_details'
  | 'important_dates'
  | 'notes'
  | 'investments'
  | 'commitments'
  | 'talking_points';

/** Whose records may change: the person exists and is active (`PeopleService.requireActive`). */
export interface ActivePersonCheck {
  /** Throws not_found (no such person) or conflict (archived) on `field`. */
  requireActive(personId: string, field?: string): unknown;
}

export interface OwnedRecordsSpec {
  table: OwnedTable;
  /** How errors name one record: "That note" → "That note could not be found." */
  what: string;
  /** The select list, aliased to the record's fields (`person_id AS personId`), so rows need no mapper. */
  columns: string;
  /** How `listFor` orders one person's records; oldest first when omitted. */
  orderBy?: string;
}

/** Which record a save writes: a new one for `personId` (no id), or the one with `id` at the version it edits. */
export interface SaveTarget {
  id?: string | undefined;
  personId: string;
  /** With `id`: the `updatedAt` the editor read; a stale one is refused with the current record. */
  expectedUpdatedAt?: string | undefined;
}

/** What a save's SQL is given: its own fields and `now`, which an update stores as `updated_at`. */
export type SaveValues = Record<string, unknown> & { now: string };

/**
 * The SQL of one save: `insert` gets a new `:id` and `:personId`, `update` the record's `:id` and, as
 * `:now`, the record's next version (it must set `updated_at = :now`).
 */
export interface SaveSql {
  insert: string;
  update: string;
}

/**
 * The plumbing every record that belongs to one person shares: read one, list a person's, delete one,
 * and the two checks that guard each write — the record must belong to the person the caller named
 * (no editing another person's record by id), and that person must be active. Each feature keeps its
 * own save SQL and passes it to `save` (or `write`); `Row` is what `columns` selects.
 */
export function ownedRecords<Row extends StaleRecord>(db: Database, people: ActivePersonCheck, spec: OwnedRecordsSpec) {
  const { table, what, columns, orderBy = 'created_at' } = spec;
  // Each statement's SQL is written out once: the database finds its prepared statement by the SQL,
  // and a string built afresh on every call is copied and hashed again each time (the Person page
  // reads five of these lists, mostly before the JIT has optimised anything).
  const sql = {
    stamp: `SELECT person_id AS personId, updated_at AS updatedAt FROM ${table} WHERE id = ?`,
    find: `SELECT ${columns} FROM ${table} WHERE id = ?`,
    listFor: `SELECT ${columns} FROM ${table} WHERE person_id = ? ORDER BY ${orderBy}`,
    delete: `DELETE FROM ${table} WHERE id = ?`,
  };

  /** Whose the record is and its version, without reading the whole row. */
  function stampOf(id: string): { personId: string; updatedAt: string } | undefined {
    return db.get<{ personId: string; updatedAt: string }>(sql.stamp, [id]);
  }

  function ownerOf(id: string): string | undefined {
    return stampOf(id)?.personId;
  }

  function find(id: string): Row | undefined {
    return db.get<Row>(sql.find, [id]);
  }

  /** The record; not_found on `field` when there is none. */
  function byId(id: string, field = 'id'): Row {
    const row = find(id);
    if (!row) throw notFound(what, field);
    return row;
  }

  /** The record, for a change by id alone (done, dropped, discussed…): its person must be active. */
  function writableById(id: string): Row & { personId: string } {
    const row = byId(id) as Row & { personId: string };
    people.requireActive(row.personId, 'id');
    return row;
  }

  /** Before creating (no id) or updating (id) a record of `personId`; call inside the save's transaction. */
  function requireWritable(id: string | undefined, personId: string): void {
    people.requireActive(personId);
    if (id !== undefined && ownerOf(id) !== personId) throw notFound(what, 'id');
  }

  /**
   * Runs the insert (no id) or the update (id) and reads the record back; after `requireWritable`.
   * An update is refused unless it names the stored version (`requireCurrentVersion`), here where
   * every edit of every owned record passes, so no save can skip it.
   */
  function write(target: SaveTarget, save: SaveSql, values: SaveValues): Row {
    if (target.id === undefined) {
      const id = randomUUID();
      db.run(save.insert, { ...values, id, personId: target.personId });
      return byId(id);
    }
    const id = target.id;
    const stored = stampOf(id);
    if (!stored) throw notFound(what, 'id');
    requireCurrentVersion(target.expectedUpdatedAt, stored.updatedAt, () => byId(id));
    db.run(save.update, { ...values, id, now: nextVersion(values.now, stored.updatedAt) });
    return byId(id);
  }

  return {
    find,
    byId,
    writableById,
    requireWritable,
    listFor(personId: string): Row[] {
      return db.all<Row>(sql.listFor, [personId]);
    },
    write,
    /**
     * The whole of a plain save in one transaction: the checks, then the insert or update. A save
     * with rules of its own calls `requireWritable` and `write` inside its own transaction.
     */
    save(target: SaveTarget, save: SaveSql, values: SaveValues): Row {
      return db.transaction(() => {
        requireWritable(target.id, target.personId);
        return write(target, save, values);
      });
    },
    /** Deletes one record in its own transaction: not_found when missing, conflict when its person is archived. */
    delete(id: string): void {
      db.transaction(() => {
        const owner = ownerOf(id);
        if (owner === undefined) throw notFound(what, 'id');
        people.requireActive(owner, 'id');
        db.run(sql.delete, [id]);
      });
    },
  };
}
