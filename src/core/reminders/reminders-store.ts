import { randomUUID } from 'node:crypto';
import type { StoredReminder } from '../../shared/reminders';
import { localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { notFound } from '../errors';
import { MEETING_OFFER_KEY_PREFIX } from './meeting-offer-reminders';
import type { Reminder, ShownReminder } from './reminder';
import type { LocalDay } from './zoned-time';

/**
 * The record of reminders (table `reminders`, migration 005). A reminder is stored when it is
 * decided and marked shown only when the host confirms it; one whose showing failed keeps the
 * reason. Both count as "went out" for the planner, so a failing notification is not retried every
 * few minutes — it waits in the Missed list instead. One decided but never concluded (the app
 * crashed in between) is planned again and shown under the same row.
 */

interface ReminderRow {
  id: string;
  kind: StoredReminder['kind'];
  key: string;
  title: string;
  body: string;
  route: string;
  local_day: string;
  decided_at: string;
  shown_at: string | null;
  failed_reason: string | null;
  opened_at: string | null;
  dismissed_at: string | null;
}

function toStored(row: ReminderRow): StoredReminder {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    route: row.route,
    localDay: row.local_day,
    decidedAt: row.decided_at,
    shownAt: row.shown_at,
    failedReason: row.failed_reason,
    openedAt: row.opened_at,
    dismissedAt: row.dismissed_at,
  };
}

/** The last day a date heads-up is about (its latest occurrence), from its key; see reminderKey. */
function lastOccurrence(key: string): string {
  return key
    .split(' ')
    .map((part) => part.slice(part.lastIndexOf('@') + 1))
    .reduce((latest, day) => (day > latest ? day : latest), '');
}

export interface DecidedReminder {
  id: string;
  /** Already shown or failed earlier (two plans raced): do not show it again. */
  concluded: boolean;
}

export interface RemindersStore {
  /** What went out (shown or failed) on or after `sinceDay`, for the planner. */
  wentOut(sinceDay: LocalDay): ShownReminder[];
  /** Stores a decided reminder (or finds the row already stored under its key). */
  decide(reminder: Omit<Reminder, 'whileLocked'>, localDay: LocalDay): DecidedReminder;
  markShown(id: string): void;
  markFailed(id: string, reason: string): void;
  /** What still needs action: never on screen, not opened or dismissed, not superseded or past; newest first. */
  missed(): StoredReminder[];
  /** Every reminder on record, newest first, up to `limit`: Settings → Reminders. */
  history(limit: number): StoredReminder[];
  /** Marks it opened; returns where it points. */
  open(id: string): { route: string };
  dismiss(id: string | 'all'): number;
}

const COLUMNS = 'id, kind, key, title, body, route, local_day, decided_at, shown_at, failed_reason, opened_at, dismissed_at';

/**
 * The Missed list (issue 20, item 4): a reminder the host put on screen was not missed, and a digest
 * or reflection is superseded by any newer one of its kind (the newest says what is true now), so
 * days away leave one card per kind rather than one per day. A reflection whose day's entry has since
 * been written asks for nothing more. The offer to log an ended 1:1 never
 * waits there: Today shows the offer itself until it is answered.
 */
const MISSED_SQL = `
  SELECT ${COLUMNS.split(', ').map((column) => `r.${column}`).join(', ')} FROM reminders r
  WHERE r.opened_at IS NULL AND r.dismissed_at IS NULL AND r.shown_at IS NULL
    AND r.key NOT LIKE '${MEETING_OFFER_KEY_PREFIX}%'
    AND (r.kind = 'date' OR NOT EXISTS (
      SELECT 1 FROM reminders n WHERE n.kind = r.kind AND (n.decided_at > r.decided_at OR (n.decided_at = r.decided_at AND n.id > r.id))))
    AND NOT (r.kind = 'reflection' AND EXISTS (SELECT 1 FROM journal_entries j WHERE j.day = r.local_day AND j.body <> ''))
  ORDER BY r.decided_at DESC, r.id`;

export function createRemindersStore(db: Database, clock: Clock): RemindersStore {
  const now = () => clock().toISOString();
  return {
    wentOut(sinceDay) {
      return db
        .all<ReminderRow>(
          `SELECT ${COLUMNS} FROM reminders
           WHERE local_day >= ? AND (shown_at IS NOT NULL OR failed_reason IS NOT NULL)`,
          [sinceDay],
        )
        .map((row) => ({ kind: row.kind, key: row.key, localDay: row.local_day, shownAt: row.shown_at ?? row.decided_at }));
    },
    decide(reminder, localDay) {
      return db.transaction(() => {
        db.run(
          `INSERT INTO reminders (id, kind, key, title, body, route, local_day, decided_at)
           VALUES (:id, :kind, :key, :title, :body, :route, :localDay, :now)
           ON CONFLICT (key) DO NOTHING`,
          { id: randomUUID(), kind: reminder.kind, key: reminder.key, title: reminder.title, body: reminder.body, route: reminder.route, localDay, now: now() },
        );
        const row = db.get<ReminderRow>(`SELECT ${COLUMNS} FROM reminders WHERE key = ?`, [reminder.key])!;
        return { id: row.id, concluded: row.shown_at !== null || row.failed_reason !== null };
      });
    },
    markShown(id) {
      db.transaction(() => db.run(`UPDATE reminders SET shown_at = ?, failed_reason = NULL WHERE id = ?`, [now(), id]));
    },
    markFailed(id, reason) {
      db.transaction(() => db.run(`UPDATE reminders SET failed_reason = ? WHERE id = ? AND shown_at IS NULL`, [reason, id]));
    },
    missed() {
      const today = localDay(clock);
      // A heads-up whose dates have all passed needs nothing more; it stays in the history.
      return db
        .all<ReminderRow>(MISSED_SQL)
        .filter((row) => row.kind !== 'date' || lastOccurrence(row.key) >= today)
        .map(toStored);
    },
    history(limit) {
      return db.all<ReminderRow>(`SELECT ${COLUMNS} FROM reminders ORDER BY decided_at DESC, id LIMIT ?`, [limit]).map(toStored);
    },
    open(id) {
      return db.transaction(() => {
        const row = db.get<{ route: string }>(`SELECT route FROM reminders WHERE id = ?`, [id]);
        if (!row) throw notFound('That reminder');
        db.run(`UPDATE reminders SET opened_at = coalesce(opened_at, ?) WHERE id = ?`, [now(), id]);
        return { route: row.route };
      });
    },
    dismiss(id) {
      return db.transaction(() => {
        if (id === 'all') {
          return db.run(`UPDATE reminders SET dismissed_at = ? WHERE opened_at IS NULL AND dismissed_at IS NULL`, [now()]).changes;
        }
        if (!db.get(`SELECT 1 FROM reminders WHERE id = ?`, [id])) throw notFound('That reminder');
        return db.run(`UPDATE reminders SET dismissed_at = ? WHERE id = ? AND opened_at IS NULL AND dismissed_at IS NULL`, [now(), id]).changes;
      });
    },
  };
}
