import { addDays, format, parseISO } from 'date-fns';

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

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped; line breaks become `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space, never inside a
 * UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; continuation lines hold 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basic = (day: string) => day.replace(/-/g, '');

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const start = parseISO(event.on);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basic(event.on)}`,
    `DTEND;VALUE=DATE:${format(addDays(start, 1), 'yyyyMMdd')}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.yearly) {
    // A 29 February date would repeat only in leap years; the last day of February keeps it yearly.
    const leapDay = event.on.endsWith('-02-29');
    lines.push(leapDay ? 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : 'RRULE:FREQ=YEARLY');
  }
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** A complete calendar; `now` becomes every event's DTSTAMP. Lines end in CRLF, as the RFC requires. */
export function buildCalendar(events: readonly CalendarEvent[], now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tend//Important dates//EN',
    'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:Tend — important dates',
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
