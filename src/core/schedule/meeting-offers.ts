import { MINUTES_MAX, MINUTES_MIN } from '../../shared/investments';
import type { MeetingOffer } from '../../shared/schedule';
import { localDayOf, parseDay, shiftDay } from '../calendar/local-days';
import type { Database } from '../db/database';

/**
 * Today's booked 1:1s still open for the after-meeting offer (issue 22): neither logged nor dismissed
 * from an offer, and no 1:1 with that person finished in prep's meeting mode today. Today's offer
 * (`schedule.offers`), the reminder when one ends and the tray all read this one rule; those that
 * have not ended yet tell the scheduler when to wake.
 */
export interface OpenMeeting extends MeetingOffer {
  /** UTC ISO instant the meeting ends: from then on it is offered. */
  endsAt: string;
}

/** The meeting's length as an investment can hold it. */
function minutesOf(startsAt: string, endsAt: string): number {
  const minutes = Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000);
  return Math.min(MINUTES_MAX, Math.max(MINUTES_MIN, minutes));
}

export function todaysOpenMeetings(db: Database, now: Date): OpenMeeting[] {
  const today = localDayOf(now);
  return db
    .all<Omit<OpenMeeting, 'minutes'>>(
      `SELECT e.uid, e.recurrence_id AS recurrenceId, p.id AS personId, p.name AS personName, p.preferred_name AS preferredName,
              e.starts_at AS startsAt, e.ends_at AS endsAt
       FROM calendar_events e
       JOIN calendar_matches m ON m.uid = e.uid
       JOIN people p ON p.id = m.person_id AND p.archived_at IS NULL
       WHERE e.all_day = 0 AND e.starts_at >= :from AND e.starts_at < :to
         AND NOT EXISTS (SELECT 1 FROM calendar_offers o WHERE o.uid = e.uid AND o.recurrence_id = e.recurrence_id)
         AND NOT EXISTS (SELECT 1 FROM one_on_ones f WHERE f.person_id = p.id AND f.day = :today)
       ORDER BY e.starts_at, e.ends_at, p.name`,
      { from: parseDay(today).toISOString(), to: parseDay(shiftDay(today, 1)).toISOString(), today },
    )
    .map((row) => ({ ...row, minutes: minutesOf(row.startsAt, row.endsAt) }));
}

