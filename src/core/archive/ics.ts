import ICAL from 'ical.js';

/**
 * The important-dates calendar (ICS export), written with ical.js: the same RFC 5545 implementation
 * that reads the user's calendar (core/schedule), so escaping, folding and dates are done one way.
 */

/** A whole-day calendar event: yearly (birthdays, anniversaries) or on one day only. */
export interface CalendarEvent {
  /** Stable across exports, so re-importing the calendar updates events instead of duplicating them. */
  uid: string;
  summary: string;
  /** Local calendar day, YYYY-MM-DD: the first occurrence. */
  on: string;
  yearly: boolean;
  description?: string | null;
}

/** RFC 5545 §3.1: a line is at most 75 octets with its CRLF excluded — the continuation's leading space included. */
const FOLD_OCTETS = 74;

function dayAfter(day: string): ICAL.Time {
  const time = ICAL.Time.fromDateString(day);
  time.adjust(1, 0, 0, 0);
  return time;
}

function eventComponent(event: CalendarEvent, stamp: ICAL.Time): ICAL.Component {
  const vevent = new ICAL.Component('vevent');
  vevent.addPropertyWithValue('uid', event.uid);
  vevent.addPropertyWithValue('dtstamp', stamp);
  vevent.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(event.on));
  vevent.addPropertyWithValue('dtend', dayAfter(event.on));
  vevent.addPropertyWithValue('summary', event.summary);
  if (event.yearly) {
    // A 29 February date would repeat only in leap years; the last day of February keeps it yearly.
    const leapDay = event.on.endsWith('-02-29');
    vevent.addPropertyWithValue('rrule', ICAL.Recur.fromString(leapDay ? 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : 'FREQ=YEARLY'));
  }
  if (event.description) vevent.addPropertyWithValue('description', event.description);
  vevent.addPropertyWithValue('transp', 'TRANSPARENT');
  return vevent;
}

/** A complete calendar; `now` becomes every event's DTSTAMP. Lines end in CRLF, as the RFC requires. */
export function buildCalendar(events: readonly CalendarEvent[], now: Date): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', '-//Tend//Important dates//EN');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('x-wr-calname', 'Tend — important dates');
  const stamp = ICAL.Time.fromJSDate(new Date(Math.floor(now.getTime() / 1000) * 1000), true);
  for (const event of events) calendar.addSubcomponent(eventComponent(event, stamp));
  // ical.js folds at `foldLength` octets before the leading space; set for this write only.
  const previous = ICAL.foldLength;
  ICAL.foldLength = FOLD_OCTETS;
  try {
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = previous;
  }
}
