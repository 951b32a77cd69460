import type { ScheduleSource } from '../../../shared/schedule';
import { dateWords, timeOfDayWords } from '../../../shared/words';

/** Words for the schedule's views: times in the user's own clock and language. */

const dayAndTime = dateWords({ weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
const weekday = dateWords({ weekday: 'long' });

export function timeOf(iso: string): string {
  return timeOfDayWords(new Date(iso));
}

export function dayAndTimeOf(iso: string): string {
  return dayAndTime(new Date(iso));
}

export function weekdayOf(iso: string): string {
  return weekday(new Date(iso));
}

/** "Read Mon 23 Nov, 09:00 · 78 events", or why the last read failed and which copy is in use. */
export function sourceLine(source: ScheduleSource): string {
  const read = source.readAt ? `Read ${dayAndTimeOf(source.readAt)} · ${source.events} ${source.events === 1 ? 'event' : 'events'}` : 'Not read yet';
  if (!source.error) return read;
  const when = source.triedAt ? ` (${dayAndTimeOf(source.triedAt)})` : '';
  return source.readAt ? `Could not read it${when}: ${source.error} Using the copy read ${dayAndTimeOf(source.readAt)}.` : `Could not read it${when}: ${source.error}`;
}

/** "No 1:1 booked with Kofi — 16 days, every 7" */
export function unbookedLine(name: string, daysSince: number | null, cadenceDays: number): string {
  return daysSince === null ? `No 1:1 booked with ${name} — none yet, every ${cadenceDays}` : `No 1:1 booked with ${name} — ${daysSince} ${daysSince === 1 ? 'day' : 'days'}, every ${cadenceDays}`;
}
