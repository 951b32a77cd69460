import { MINUTE_MS, wallTimeAt, type LocalDay } from './zoned-time';

/** A reminder shown within this long after its time is on time (timers fire a little late). */
export const LATE_GRACE_MS = 10 * MINUTE_MS;

/** What the planner shows, and the record of what was shown (persisted by the host after the OS confirms it). */

export type ReminderKind = 'digest' | 'reflection' | 'date' | 'one-on-one';

export interface Reminder {
  kind: ReminderKind;
  /** Identifies what this reminder is about; see `reminderKey`. The host records it once shown. */
  key: string;
  title: string;
  body: string;
  /** What the notification says instead while Tend is locked: counts, never names (issue 24). */
  whileLocked: { title: string; body: string };
  /** Where a click opens the window: '#/today', '#/people/<id>', '#/journal'. */
  route: string;
  /** Shown late because the host was asleep, paused or not running at the reminder's time. */
  catchUp: boolean;
}

export interface ShownReminder {
  kind: ReminderKind;
  key: string;
  /** The local day it was shown on, in the zone of that moment. */
  localDay: LocalDay;
  /** UTC ISO instant. */
  shownAt: string;
}

/** One occurrence of an important date: a yearly date has a new occurrence (and a new heads-up) every year. */
export interface DateOccurrence {
  dateId: string;
  /** The occurrence day, not the original date. */
  on: LocalDay;
}

export type ReminderSubject =
  | { kind: 'digest' | 'reflection'; localDay: LocalDay }
  | { kind: 'date'; occurrences: readonly DateOccurrence[] };

const PART_SEPARATOR = ' ';

function occurrenceKey({ dateId, on }: DateOccurrence): string {
  return `date:${encodeURIComponent(dateId)}@${on}`;
}

/**
 * The key a reminder is recorded under. The digest and reflection are keyed by their local day (once
 * a day); a date heads-up by each occurrence it announces (once per occurrence), several occurrences
 * sharing one notification joined into one key whose parts are checked one by one.
 */
export function reminderKey(subject: ReminderSubject): string {
  if (subject.kind !== 'date') return `${subject.kind}:${subject.localDay}`;
  return [...new Set(subject.occurrences.map(occurrenceKey))].sort().join(PART_SEPARATOR);
}

function keyParts(key: string): string[] {
  return key.split(PART_SEPARATOR);
}

/** Every part of every recorded key: a part seen once is never shown again. */
function shownParts(shown: readonly Pick<ShownReminder, 'key'>[]): Set<string> {
  return new Set(shown.flatMap((record) => keyParts(record.key)));
}

/** Whether the subject (or, for dates, any of its occurrences) is in the record. */
export function wasShown(shown: readonly Pick<ShownReminder, 'key'>[], subject: ReminderSubject): boolean {
  const parts = shownParts(shown);
  return keyParts(reminderKey(subject)).some((part) => parts.has(part));
}

/**
 * Drops reminders already in the record and repeats within the list. The host passes its record plus
 * the reminders it is showing right now, so two plans racing (resume firing twice) show one toast.
 */
export function dedupe<R extends Pick<Reminder, 'key'>>(reminders: readonly R[], shown: readonly Pick<ShownReminder, 'key'>[]): R[] {
  const seen = shownParts(shown);
  const kept: R[] = [];
  for (const reminder of reminders) {
    const parts = keyParts(reminder.key);
    if (parts.some((part) => seen.has(part))) continue;
    for (const part of parts) seen.add(part);
    kept.push(reminder);
  }
  return kept;
}

/** The record the host persists once the OS confirms a reminder was shown. */
export function shownRecord(reminder: Pick<Reminder, 'kind' | 'key'>, shownAt: Date, timeZone: string): ShownReminder {
  return {
    kind: reminder.kind,
    key: reminder.key,
    localDay: wallTimeAt(shownAt, timeZone).day,
    shownAt: shownAt.toISOString(),
  };
}
