import type { Settings } from '../../shared/settings';
import { detectClockJump } from './clock-jump';
import { oneOnOneRemindersDue, oneOnOneWakeTimes, type BookedReminder } from './one-on-one-reminders';
import { LATE_GRACE_MS, reminderKey, wasShown, type DateOccurrence, type Reminder, type ShownReminder } from './reminder';
import { meetingOfferDue, meetingOfferWakeTimes, type MeetingToOffer } from './meeting-offer-reminders';
import { dateHeadsUpWords, digestWords, lockedDateHeadsUpWords, lockedDigestWords, reflectionWords } from './reminder-words';
import { instantAt, minutesOf, MINUTE_MS, nextDay, wallTimeAt, weekdayOf, type LocalDay } from './zoned-time';

/**
 * The reminder planner (issue 11, DESIGN "The scheduler"): given the moment, the zone, the settings,
 * who needs attention and what was already shown, it says what to show now and when to look again.
 * Pure: the host owns the timer, shows the notifications and records each one only after the OS
 * confirms it, so a crash between deciding and showing re-plans it instead of losing it.
 */

/** A person as the attention summary sees them. `ratio` = days since time was last invested ÷ cadence. */
export interface NeedyPerson {
  id: string;
  name: string;
  state: 'due' | 'overdue' | 'never' | 'ok';
  ratio: number;
  /** The summary's `needsAttention`: the one "needs you" that the badge, Today and the tray also count. */
  needsYou: boolean;
  /** Snoozed through this local day (inclusive), or null. */
  snoozedUntil: LocalDay | null;
}

/** An open commitment due today or earlier. */
export interface DueCommitment {
  personId: string;
  personName: string;
  text: string;
  dueOn: LocalDay;
}

/** An occurrence of an important date whose heads-up window has begun (today included). */
export interface UpcomingDate {
  personId: string;
  personName: string;
  dateId: string;
  title: string;
  /** The occurrence day (this year's birthday, not the birth date). */
  on: LocalDay;
  /** As the attention summary counted it; the planner counts from `on` in its own zone. */
  daysUntil: number;
}

/** What the planner needs from the attention summary (adapted from `attention.summary`). */
export interface ReminderAttention {
  people: readonly NeedyPerson[];
  commitments: readonly DueCommitment[];
  dates: readonly UpcomingDate[];
  /** False until the journal lands, so the reflection reminder always comes. */
  reflectionWrittenToday: boolean;
  /** 1:1s booked in the calendar whose reminder is near (issue 22); none without a calendar. */
  oneOnOnes?: readonly BookedReminder[];
  /** Today's booked 1:1s not yet logged or dismissed, ended or not: offered to log once each ends. */
  meetingOffers?: readonly MeetingToOffer[];
}

export type ReminderSettings = Pick<Settings, 'digestTime' | 'reflectionTime' | 'digestOn' | 'reflectionOn' | 'quietHours' | 'workdays' | 'pauseUntil'>;

export interface PlanInput {
  now: Date;
  /** IANA zone the host sees now; local days and times follow it, so a zone change applies at once. */
  timeZone: string;
  settings: ReminderSettings;
  attention: ReminderAttention;
  shown: readonly ShownReminder[];
  /** When the host last planned; a jump since then marks the plan as a catch-up. */
  lastTick?: Date;
}

export interface ReminderPlan {
  show: Reminder[];
  /** The next moment anything could become due; never more than an hour away. */
  nextWakeAt: Date;
  /** This plan follows a gap (sleep, a pause, the clock moved) or shows something late. */
  catchUp: boolean;
}

/** Timers longer than this are not trusted (they stall across sleep; beyond 24.8 days they fire at once). */
export const MAX_WAKE_MS = 60 * MINUTE_MS;
export { LATE_GRACE_MS };

const NEED_ORDER: Record<NeedyPerson['state'], number> = { overdue: 0, due: 1, never: 2, ok: 3 };

interface Schedule {
  settings: ReminderSettings;
  timeZone: string;
}

function inQuietHours(minutes: number, { start, end }: ReminderSettings['quietHours']): boolean {
  const from = minutesOf(start);
  const to = minutesOf(end);
  if (from === to) return false;
  return from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
}

/**
 * When something set for `time` on `day` may first be shown that day: at its time, or when quiet
 * hours end if its time falls inside them; null when quiet hours last to the end of the day
 * (then it is skipped that day — never carried into the next).
 */
function dueAt(day: LocalDay, time: string, { settings, timeZone }: Schedule): Date | null {
  const minutes = minutesOf(time);
  if (!inQuietHours(minutes, settings.quietHours)) return instantAt(day, minutes, timeZone);
  const end = minutesOf(settings.quietHours.end);
  return end > minutes ? instantAt(day, end, timeZone) : null;
}

function isWorkday(day: LocalDay, settings: ReminderSettings): boolean {
  return settings.workdays.includes(weekdayOf(day));
}

function pausedAt(now: Date, settings: ReminderSettings): boolean {
  return settings.pauseUntil !== null && now.getTime() < Date.parse(settings.pauseUntil);
}

function peopleInNeed(people: readonly NeedyPerson[], today: LocalDay): NeedyPerson[] {
  return people
    .filter((person) => person.needsYou && (person.snoozedUntil === null || person.snoozedUntil < today))
    .sort(
      (a, b) => NEED_ORDER[a.state] - NEED_ORDER[b.state] || b.ratio - a.ratio || a.name.localeCompare(b.name),
    );
}

function dueCommitments(commitments: readonly DueCommitment[], today: LocalDay): DueCommitment[] {
  return commitments.filter((c) => c.dueOn <= today).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

function occurrenceOf(date: UpcomingDate): DateOccurrence {
  return { dateId: date.dateId, on: date.on };
}

/** Dates still ahead whose occurrence has had no heads-up; today's dates belong to the digest. */
function pendingHeadsUps(attention: ReminderAttention, shown: readonly ShownReminder[], today: LocalDay): UpcomingDate[] {
  const unique = new Map<string, UpcomingDate>();
  for (const date of attention.dates) {
    if (date.on <= today) continue;
    if (wasShown(shown, { kind: 'date', occurrences: [occurrenceOf(date)] })) continue;
    unique.set(reminderKey({ kind: 'date', occurrences: [occurrenceOf(date)] }), date);
  }
  return [...unique.values()].sort((a, b) => a.on.localeCompare(b.on) || a.personName.localeCompare(b.personName));
}

function isLate(now: Date, due: Date): boolean {
  return now.getTime() - due.getTime() > LATE_GRACE_MS;
}

/** What to show at `now`. Nothing inside quiet hours, during a pause, or on a day off. */
function remindersDueNow(input: PlanInput, today: LocalDay, minutes: number): Reminder[] {
  const { now, settings, attention, shown } = input;
  const day: Schedule = { settings, timeZone: input.timeZone };
  if (pausedAt(now, settings) || inQuietHours(minutes, settings.quietHours) || !isWorkday(today, settings)) return [];

  const show: Reminder[] = [];
  // The digest's time is also when the day's date heads-ups come, whether or not the digest is on.
  const morning = dueAt(today, settings.digestTime, day);
  const digestDue = settings.digestOn ? morning : null;
  const reflectionTime = instantAt(today, minutesOf(settings.reflectionTime), input.timeZone);
  // Once the evening reflection is due, a morning digest that never went out is stale: one catch-up, not two.
  const digestStale =
    settings.reflectionOn && minutesOf(settings.reflectionTime) > minutesOf(settings.digestTime) && now >= reflectionTime;
  if (digestDue && now >= digestDue && !digestStale && !wasShown(shown, { kind: 'digest', localDay: today })) {
    const needy = peopleInNeed(attention.people, today);
    const due = dueCommitments(attention.commitments, today);
    const datesToday = attention.dates.filter((date) => date.on === today);
    const words = digestWords(needy, due, datesToday, today, attention.people.map((person) => person.name));
    if (words) {
      show.push({
        kind: 'digest',
        key: reminderKey({ kind: 'digest', localDay: today }),
        ...words,
        whileLocked: lockedDigestWords(needy.length, due.length, datesToday.length),
        route: '#/today',
        catchUp: isLate(now, digestDue),
      });
    }
  }

  const reflectionDue = settings.reflectionOn ? dueAt(today, settings.reflectionTime, day) : null;
  if (
    reflectionDue &&
    now >= reflectionDue &&
    !attention.reflectionWrittenToday &&
    !wasShown(shown, { kind: 'reflection', localDay: today })
  ) {
    show.push({
      kind: 'reflection',
      key: reminderKey({ kind: 'reflection', localDay: today }),
      ...reflectionWords(),
      whileLocked: reflectionWords(),
      // Its own day: opened from the Missed list days later, it still asks about that day.
      route: `#/journal/${today}`,
      catchUp: isLate(now, reflectionDue),
    });
  }

  const headsUpToday = shown.some((record) => record.kind === 'date' && record.localDay === today);
  const dates = pendingHeadsUps(attention, shown, today);
  // Heads-ups wait for the digest's time so the morning's reminders arrive together, not at dawn.
  if (morning && now >= morning && !headsUpToday && dates.length > 0) {
    const people = new Set(dates.map((date) => date.personId));
    show.push({
      kind: 'date',
      key: reminderKey({ kind: 'date', occurrences: dates.map(occurrenceOf) }),
      ...dateHeadsUpWords(dates, today),
      whileLocked: lockedDateHeadsUpWords(dates.length),
      route: people.size === 1 ? `#/people/${dates[0]!.personId}` : '#/today',
      catchUp: false,
    });
  }
  show.push(...oneOnOneRemindersDue(attention.oneOnOnes ?? [], now, input.timeZone, shown));
  show.push(...meetingOfferDue(attention.meetingOffers ?? [], now, shown));
  return show;
}

/** The moments, today and tomorrow, at which something could become due; the hour cap covers the rest. */
function wakeCandidates(input: PlanInput, today: LocalDay): Date[] {
  const { settings, attention, shown } = input;
  const day: Schedule = { settings, timeZone: input.timeZone };
  const candidates: Date[] = [];
  for (const local of [today, nextDay(today)]) {
    if (!isWorkday(local, settings)) continue;
    const morning = dueAt(local, settings.digestTime, day);
    const headsUps = pendingHeadsUps(attention, shown, local).length > 0;
    const digest = settings.digestOn && !wasShown(shown, { kind: 'digest', localDay: local });
    if (morning && (headsUps || digest)) candidates.push(morning);
    const reflection = settings.reflectionOn ? dueAt(local, settings.reflectionTime, day) : null;
    const written = local === today && attention.reflectionWrittenToday;
    if (reflection && !written && !wasShown(shown, { kind: 'reflection', localDay: local })) candidates.push(reflection);
  }
  if (settings.pauseUntil !== null) candidates.push(new Date(settings.pauseUntil));
  candidates.push(...oneOnOneWakeTimes(attention.oneOnOnes ?? [], input.now, shown));
  candidates.push(...meetingOfferWakeTimes(attention.meetingOffers ?? [], input.now));
  return candidates;
}

export function planReminders(input: PlanInput): ReminderPlan {
  const { now } = input;
  const { day: today, minutes } = wallTimeAt(now, input.timeZone);
  const show = remindersDueNow(input, today, minutes);

  const cap = now.getTime() + MAX_WAKE_MS;
  const next = wakeCandidates(input, today)
    .map((at) => at.getTime())
    .filter((at) => at > now.getTime())
    .reduce((earliest, at) => Math.min(earliest, at), cap);

  const jumped = input.lastTick !== undefined && detectClockJump(input.lastTick, now, MAX_WAKE_MS) !== 'none';
  return { show, nextWakeAt: new Date(next), catchUp: jumped || show.some((reminder) => reminder.catchUp) };
}
