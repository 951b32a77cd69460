import type { ScheduleSource } from '../../../shared/schedule';
import { dateWords, timeOfDayWords } from '../../../shared/words';

/** Words for the schedule's views: times in the user's own clock and language. */

// Made on first use, as dateWords' are (shared/words.ts says why).
let dayParts: Intl.DateTimeFormat | undefined;
const weekday = dateWords({ weekday: 'long' });

export function timeOf(iso: string): string {
  return timeOfDayWords(new Date(iso));
}

/**
 * "Tue 24 Nov, 2:00 PM": the weekday, day and month in the order every other day in Tend is written
 * (app/dates.ts), named in the user's language, then the time in their own clock. The locale's own
 * order ("Tue, Nov 24, 2:00 PM") read as a second style beside the rest of the app.
 */
export function dayAndTimeOf(iso: string): string {
  const at = new Date(iso);
  const parts = (dayParts ??= new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' })).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')}, ${timeOfDayWords(at)}`;
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
