import { LATE_GRACE_MS, type Reminder, type ShownReminder } from './reminder';
import { wallTimeAt } from './zoned-time';
import { lockedOneOnOneWords } from './reminder-words';

/**
 * The reminder before each booked 1:1 (issue 22): "1:1 with Sam at 14:00 — 2 open promises,
 * 1 talking point", opening the prep sheet, `leadMinutes` before it starts. It is shown once: from
 * its time until the meeting starts (a wake from sleep inside that window shows it late, once); after
 * the start it is never shown — a reminder for a meeting under way or over is noise.
 */
export interface BookedReminder {
  uid: string;
  recurrenceId: string;
  personId: string;
  personName: string;
  /** UTC ISO instant. */
  startsAt: string;
  /** When to remind: the start less the lead time (UTC ISO). */
  remindAt: string;
  openPromises: number;
  talkingPoints: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function oneOnOneKey(booked: Pick<BookedReminder, 'uid' | 'recurrenceId'>): string {
  return `one-on-one:${encodeURIComponent(booked.uid)}@${booked.recurrenceId}`;
}

function startClock(booked: BookedReminder, timeZone: string): string {
  const { minutes } = wallTimeAt(new Date(booked.startsAt), timeZone);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function oneOnOneWords(booked: BookedReminder, timeZone: string): { title: string; body: string } {
  const clock = startClock(booked, timeZone);
  const parts = [
    ...(booked.openPromises > 0 ? [plural(booked.openPromises, 'open promise', 'open promises')] : []),
    ...(booked.talkingPoints > 0 ? [plural(booked.talkingPoints, 'talking point', 'talking points')] : []),
  ];
  return {
    title: `1:1 with ${booked.personName} at ${clock}${parts.length ? ` — ${parts.join(', ')}` : ''}`,
    body: parts.length ? 'Open the prep sheet to get ready.' : 'Nothing queued yet: the prep sheet has questions to consider.',
  };
}

/** The pre-1:1 reminders due at `now` that were not shown before. Quiet hours and pauses are the caller's rule. */
export function oneOnOneRemindersDue(booked: readonly BookedReminder[], now: Date, timeZone: string, shown: readonly Pick<ShownReminder, 'key'>[]): Reminder[] {
  const keys = new Set(shown.map((record) => record.key));
  return booked
    .filter((b) => Date.parse(b.remindAt) <= now.getTime() && now.getTime() < Date.parse(b.startsAt) && !keys.has(oneOnOneKey(b)))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((b) => ({
      kind: 'one-on-one' as const,
      key: oneOnOneKey(b),
      ...oneOnOneWords(b, timeZone),
      whileLocked: lockedOneOnOneWords(startClock(b, timeZone)),
      route: `#/prep/${b.personId}`,
      // Late by more than the timers' grace: the host was asleep or not running at its time.
      catchUp: now.getTime() - Date.parse(b.remindAt) > LATE_GRACE_MS,
    }));
}

/** The reminder times still ahead, for the planner's next wake. */
export function oneOnOneWakeTimes(booked: readonly BookedReminder[], now: Date, shown: readonly Pick<ShownReminder, 'key'>[]): Date[] {
  const keys = new Set(shown.map((record) => record.key));
  return booked.filter((b) => Date.parse(b.remindAt) > now.getTime() && !keys.has(oneOnOneKey(b))).map((b) => new Date(b.remindAt));
}
