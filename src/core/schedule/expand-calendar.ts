import ICAL from 'ical.js';
import { CalendarParseError } from './calendar-parse-error';
import { CalendarLineError, scanCalendar } from './scan-calendar';
import { instantInZone, isKnownZone } from './zoned-time';

/**
 * Reads an iCalendar file (RFC 5545) into the occurrences that fall in a window, through ical.js:
 * a maintained implementation of recurrence (RRULE, EXDATE, RDATE), overridden instances
 * (RECURRENCE-ID) and time zones (VTIMEZONE), so Tend does not carry its own. Pure: text and a window
 * in, occurrences out; nothing is stored here.
 */

export { CalendarParseError };

export interface CalendarOccurrence {
  /** The event's UID: one for a whole recurring series. */
  uid: string;
  /** Which occurrence of the series: its original start (RECURRENCE-ID), UTC ISO or a day for all-day. */
  recurrenceId: string;
  title: string;
  /** UTC ISO instants; for an all-day event, local midnight of its first and after its last day. */
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  /** Attendees' and the organizer's addresses, lower case, without `mailto:`. */
  emails: string[];
}

export interface CalendarWindow {
  from: Date;
  to: Date;
}

export interface ReadOptions {
  /**
   * The user's own address. An occurrence where the attendee with this address answered
   * PARTSTAT=DECLINED is left out; without an address nobody's answer is taken as the user's.
   */
  ownEmail?: string | null;
}

const WEEK_MS = 7 * 86_400_000;

/** The window Tend keeps: the last 26 weeks (for "last 1:1") and the next 8 (for "next"). */
export function scheduleWindow(now: Date): CalendarWindow {
  return { from: new Date(now.getTime() - 26 * WEEK_MS), to: new Date(now.getTime() + 8 * WEEK_MS) };
}

function parseComponent(text: string, window: CalendarWindow): ICAL.Component {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r\n|\r|\n/, 1)[0]?.trim() ?? '';
  if (firstLine.toUpperCase() !== 'BEGIN:VCALENDAR') throw new CalendarParseError('This is not a calendar file: it must start with BEGIN:VCALENDAR.', 1);
  let kept: string;
  try {
    kept = scanCalendar(body, window);
  } catch (error) {
    if (error instanceof CalendarLineError) throw new CalendarParseError(error.message, error.line);
    throw error;
  }
  let jcal: unknown;
  try {
    jcal = ICAL.parse(kept);
  } catch (error) {
    // The scan has checked every line's shape; what is left is a broken parameter, which ical.js quotes.
    const message = error instanceof Error ? error.message : String(error);
    throw new CalendarParseError(`A line cannot be read (${message.slice(0, 160)}).`, null);
  }
  if (!Array.isArray(jcal) || jcal[0] !== 'vcalendar') throw new CalendarParseError('The file holds more than one calendar or none.', 1);
  return new ICAL.Component(jcal as unknown[]);
}

/** `mailto:Sam@Example.com` → `sam@example.com`; anything else → null. */
function emailOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const address = value.replace(/^mailto:/i, '').trim().toLowerCase();
  return address.includes('@') ? address : null;
}

function emailsOf(event: ICAL.Component): string[] {
  const emails = new Set<string>();
  for (const prop of [...event.getAllProperties('attendee'), ...event.getAllProperties('organizer')]) {
    const email = emailOf(prop.getFirstValue());
    if (email) emails.add(email);
  }
  return [...emails];
}

function declinedBy(event: ICAL.Component, ownEmail: string | null): boolean {
  if (!ownEmail) return false;
  return event
    .getAllProperties('attendee')
    .some((prop) => emailOf(prop.getFirstValue()) === ownEmail && String(prop.getParameter('partstat') ?? '').toUpperCase() === 'DECLINED');
}

function isCancelled(event: ICAL.Component): boolean {
  return String(event.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
}

/**
 * The instant of a time from the file. A time with a VTIMEZONE or in UTC is converted by ical.js;
 * a TZID with no VTIMEZONE is an IANA name the runtime resolves; floating times are the user's local time.
 */
function instantOf(time: ICAL.Time, tzid: string | null): Date {
  if (time.isDate) return new Date(time.year, time.month - 1, time.day);
  if (time.zone === ICAL.Timezone.localTimezone && tzid && isKnownZone(tzid)) {
    const zoned = instantInZone(time, tzid);
    if (zoned) return zoned;
  }
  return time.toJSDate();
}

function tzidOf(event: ICAL.Component, name: 'dtstart' | 'dtend'): string | null {
  const value = event.getFirstProperty(name)?.getParameter('tzid');
  return typeof value === 'string' ? value : null;
}

function dayOf(time: ICAL.Time): string {
  return `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
}

function occurrenceOf(item: ICAL.Event, start: ICAL.Time, end: ICAL.Time, recurrenceId: ICAL.Time, master: ICAL.Component): CalendarOccurrence {
  const component = item.component;
  const startTz = tzidOf(component, 'dtstart');
  const startsAt = instantOf(start, startTz);
  let endsAt = instantOf(end, tzidOf(component, 'dtend') ?? startTz);
  // RFC 5545 §3.6.1: without an end, an all-day event lasts its one day and a timed one no time.
  if (start.isDate && endsAt.getTime() <= startsAt.getTime()) endsAt = new Date(start.year, start.month - 1, start.day + 1);
  if (endsAt.getTime() < startsAt.getTime()) endsAt = startsAt;
  return {
    uid: item.uid,
    recurrenceId: recurrenceId.isDate ? dayOf(recurrenceId) : instantOf(recurrenceId, tzidOf(master, 'dtstart')).toISOString(),
    title: (item.summary ?? '').trim(),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    allDay: start.isDate,
    emails: emailsOf(component),
  };
}

function overlaps(occurrence: CalendarOccurrence, window: CalendarWindow): boolean {
  return Date.parse(occurrence.startsAt) < window.to.getTime() && Date.parse(occurrence.endsAt) >= window.from.getTime();
}

/** The physical line of the BEGIN:VEVENT holding `UID:<uid>`, to name the event a failure happened in. */
function lineOfEvent(text: string, uid: string): number | null {
  const lines = text.split(/\r\n|\r|\n/);
  const at = lines.findIndex((line) => line.trim() === `UID:${uid}`);
  for (let index = at; index >= 0; index -= 1) if (/^BEGIN:VEVENT\s*$/i.test(lines[index] ?? '')) return index + 1;
  return null;
}

/**
 * Every occurrence in `window`, ordered by start: recurring series expanded with their exceptions,
 * moved occurrences at their new time, and cancelled events and occurrences (STATUS:CANCELLED, or
 * removed by EXDATE) and declined ones left out. Throws CalendarParseError for a file it cannot read.
 */
export function expandCalendar(text: string, window: CalendarWindow, options: ReadOptions = {}): CalendarOccurrence[] {
  const root = parseComponent(text, window);
  const ownEmail = options.ownEmail?.trim().toLowerCase() || null;
  const vevents = root.getAllSubcomponents('vevent');
  const masters = new Map<string, ICAL.Component>();
  const exceptions = new Map<string, ICAL.Component[]>();
  // The scan has made sure every event has a UID and a start.
  vevents.forEach((vevent) => {
    const uid = String(vevent.getFirstPropertyValue('uid'));
    if (vevent.hasProperty('recurrence-id')) exceptions.set(uid, [...(exceptions.get(uid) ?? []), vevent]);
    else masters.set(uid, vevent);
  });

  const found: CalendarOccurrence[] = [];
  const keep = (occurrence: CalendarOccurrence, item: ICAL.Component) => {
    if (isCancelled(item) || declinedBy(item, ownEmail) || !overlaps(occurrence, window)) return;
    found.push(occurrence);
  };

  const read = (vevent: ICAL.Component, body: () => void) => {
    try {
      body();
    } catch (error) {
      if (error instanceof CalendarParseError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new CalendarParseError(`This event cannot be read (${message.slice(0, 120)}).`, lineOfEvent(text, String(vevent.getFirstPropertyValue('uid'))));
    }
  };

  for (const [uid, master] of masters) {
    read(master, () => {
      // Exceptions are handed over: without them ical.js scans every event of the file for each series.
      const event = new ICAL.Event(master, { strictExceptions: false, exceptions: exceptions.get(uid) ?? [] });
      if (!event.isRecurring()) {
        if (!isCancelled(master)) keep(occurrenceOf(event, event.startDate, event.endDate ?? event.startDate, event.startDate, master), master);
        return;
      }
      if (isCancelled(master)) return;
      // A moved occurrence may land up to a day either side of where the rule put it; one moved
      // further is looked at wherever it was (an exception is always read in full).
      const stopAfter = window.to.getTime() + 86_400_000;
      const startAt = window.from.getTime() - 86_400_000;
      const moved = new Set(Object.keys(event.exceptions));
      const zone = tzidOf(master, 'dtstart');
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        const at = instantOf(next, zone).getTime();
        if (at > stopAfter) break;
        if (at < startAt && !moved.has(next.toString())) continue;
        const details = event.getOccurrenceDetails(next);
        keep(occurrenceOf(details.item, details.startDate, details.endDate, details.recurrenceId, master), details.item.component);
      }
    });
  }
  // An overridden occurrence whose series is not in the file (an invitation to one instance) stands alone.
  for (const [uid, list] of exceptions) {
    if (masters.has(uid)) continue;
    for (const vevent of list) {
      read(vevent, () => {
        const event = new ICAL.Event(vevent);
        keep(occurrenceOf(event, event.startDate, event.endDate ?? event.startDate, event.recurrenceId ?? event.startDate, vevent), vevent);
      });
    }
  }
  return found.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.uid.localeCompare(b.uid));
}
