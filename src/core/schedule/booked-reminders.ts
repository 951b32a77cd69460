import type { Database } from '../db/database';
import type { BookedReminder } from '../reminders/one-on-one-reminders';

/** Booked 1:1s starting in the next day and a half, with their reminder time and what the prep sheet holds. */
export function bookedForReminders(db: Database, now: Date): BookedReminder[] {
  const lead = db.get<{ minutes: number }>('SELECT lead_minutes AS minutes FROM calendar_preferences WHERE id = 1')?.minutes ?? 15;
  return db
    .all<Omit<BookedReminder, 'remindAt'>>(
      `SELECT e.uid, e.recurrence_id AS recurrenceId, e.starts_at AS startsAt, p.id AS personId, COALESCE(p.preferred_name, p.name) AS personName,
              (SELECT count(*) FROM commitments c WHERE c.person_id = p.id AND c.status = 'open') AS openPromises,
              (SELECT count(*) FROM talking_points t WHERE t.person_id = p.id AND t.discussed_on IS NULL) AS talkingPoints
       FROM calendar_events e
       JOIN calendar_matches m ON m.uid = e.uid
       JOIN people p ON p.id = m.person_id AND p.archived_at IS NULL
       WHERE e.all_day = 0 AND e.starts_at > :now AND e.starts_at <= :until
       ORDER BY e.starts_at`,
      { now: now.toISOString(), until: new Date(now.getTime() + 36 * 3_600_000).toISOString() },
    )
    .map((row) => ({ ...row, remindAt: new Date(Date.parse(row.startsAt) - lead * 60_000).toISOString() }));
}
