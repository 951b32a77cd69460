import { localDay, type Clock } from '../clock';
import { createAttentionService } from '../attention/attention-service';
import type { Database } from '../db/database';
import { createPeopleService } from '../people/people-service';
import { bookedForReminders } from '../schedule/booked-reminders';
import { todaysOpenMeetings } from '../schedule/meeting-offers';
import type { SettingsService } from '../settings/settings-service';
import { reminderAttentionFrom } from './reminder-attention';
import type { AttentionForReminders } from './scheduler';

/**
 * What the scheduler plans from, read from the database each time it plans: the attention summary,
 * my commitments due today (the summary carries only those already past due), and whether today's
 * reflection is written (so the end-of-day reminder is skipped), and the calendar's 1:1s: those about
 * to start (their reminder) and today's still to log (the offer when each ends, and the tray's).
 */
export function createReminderAttentionSource(db: Database, clock: Clock, settings: SettingsService): () => AttentionForReminders {
  const attention = createAttentionService(db, clock, createPeopleService(db, clock), () => settings.get().weekStart);
  return () => {
    const today = localDay(clock);
    const summary = attention.summary({ weekStartsOn: settings.get().weekStart });
    const dueToday = db.all<{ personId: string; personName: string; text: string; dueOn: string }>(
      `SELECT c.person_id AS personId, COALESCE(p.preferred_name, p.name) AS personName, c.text, c.due_on AS dueOn
       FROM commitments c JOIN people p ON p.id = c.person_id
       WHERE c.status = 'open' AND c.owner = 'me' AND c.due_on = :today AND p.archived_at IS NULL
       ORDER BY personName, c.created_at`,
      { today },
    );
    const reflection = db.get<{ written: number }>(`SELECT 1 AS written FROM journal_entries WHERE day = ? AND body <> ''`, [today]);
    const now = clock();
    const meetingOffers = todaysOpenMeetings(db, now).map(({ uid, recurrenceId, personId, personName, preferredName, endsAt, minutes }) => ({
      uid,
      recurrenceId,
      personId,
      personName: preferredName ?? personName,
      endsAt,
      minutes,
    }));
    return { ...reminderAttentionFrom(summary, { dueToday, reflectionWrittenToday: reflection !== undefined }), oneOnOnes: bookedForReminders(db, now), meetingOffers };
  };
}
