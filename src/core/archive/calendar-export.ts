import type { Database } from '../db/database';
import type { CalendarEvent } from './ics';

interface DateRow {
  id: string;
  kind: 'birthday' | 'custom';
  title: string;
  on_date: string;
  yearly: number;
  note: string | null;
  person: string;
}

/**
 * The important dates of the active team as calendar events: birthdays and yearly dates repeat,
 * one-off dates are single events, work anniversaries come from "started on", and family and pet
 * birthdays from personal details. Archived people are left out: the calendar is for the team now.
 */
export function calendarEvents(db: Database): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const row of db.all<DateRow>(
    `SELECT d.id, d.kind, d.title, d.on_date, d.yearly, d.note, p.name AS person
     FROM important_dates d JOIN people p ON p.id = d.person_id
     WHERE p.archived_at IS NULL ORDER BY d.on_date, d.id`,
  )) {
    const birthday = row.kind === 'birthday';
    events.push({
      uid: `date-${row.id}@tend`,
      summary: birthday ? `${row.person}’s birthday` : `${row.person}: ${row.title}`,
      on: row.on_date,
      yearly: birthday || row.yearly === 1,
      description: row.note,
    });
  }
  for (const row of db.all<{ id: string; name: string; started_on: string }>(
    `SELECT id, name, started_on FROM people WHERE archived_at IS NULL AND started_on IS NOT NULL ORDER BY started_on, id`,
  )) {
    events.push({ uid: `anniversary-${row.id}@tend`, summary: `${row.name}’s work anniversary`, on: row.started_on, yearly: true });
  }
  for (const row of db.all<{ id: string; name: string; relation: string | null; birthday: string; person: string }>(
    `SELECT d.id, d.name, d.relation, d.birthday, p.name AS person
     FROM personal_details d JOIN people p ON p.id = d.person_id
     WHERE p.archived_at IS NULL AND d.birthday IS NOT NULL AND d.kind IN ('family', 'pet') ORDER BY d.birthday, d.id`,
  )) {
    const who = row.relation ? `${row.name} (${row.person}’s ${row.relation})` : `${row.name} (${row.person})`;
    events.push({ uid: `detail-${row.id}@tend`, summary: `${who}: birthday`, on: row.birthday, yearly: true });
  }
  return events;
}
