import type { CalendarWindow } from './expand-calendar';

/**
 * One pass over the lines of a calendar file before ical.js reads it, for two reasons:
 * - a broken file is refused with the number of the line at fault (ical.js quotes the line but not
 *   where it is), and before anything is built from it;
 * - events that are clearly outside the window (one-off events more than two days before or after
 *   it) are dropped unread. A calendar export holds years of history; building ical.js objects for
 *   all of it made a 5 MB file take seconds, and those events would be discarded anyway. Anything
 *   recurring, overridden or of uncertain time is always kept and read in full.
 */

export class CalendarLineError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const SLACK_MS = 2 * 86_400_000;
const KEEP_ALWAYS = new Set(['RRULE', 'RDATE', 'RECURRENCE-ID', 'DURATION']);

function nameOf(line: string): string {
  const end = line.search(/[:;]/);
  return (end === -1 ? line : line.slice(0, end)).toUpperCase();
}

/** The day a DTSTART/DTEND value falls on (its first eight digits), as a UTC instant; null when unclear. */
function dayOf(line: string): number | null {
  const value = /:(\d{8})(?:T\d{6}Z?)?\s*$/.exec(line);
  if (!value?.[1]) return null;
  const digits = value[1];
  const time = Date.UTC(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)) - 1, Number(digits.slice(6, 8)));
  return Number.isNaN(time) ? null : time;
}

interface EventBlock {
  lines: string[];
  /** Where its BEGIN:VEVENT is, to name it when it lacks what every event needs. */
  beginLine: number;
  uid: boolean;
  keep: boolean;
  start: number | null;
  end: number | null;
}

function isOutside(block: EventBlock, window: CalendarWindow): boolean {
  if (block.keep || block.start === null) return false;
  return block.start > window.to.getTime() + SLACK_MS || (block.end ?? block.start) < window.from.getTime() - SLACK_MS;
}

/** The file's text with distant one-off events left out; throws CalendarLineError for a line that is not a calendar line. */
export function scanCalendar(text: string, window: CalendarWindow): string {
  const physical = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  const stack: string[] = [];
  let block: EventBlock | null = null;
  // The unfolded content line being read, and where it started (RFC 5545 §3.1: a leading space or tab continues it).
  let current: { text: string; line: number; raw: string[] } | null = null;

  const finish = () => {
    if (!current) return;
    const { text: line, line: number, raw } = current;
    current = null;
    if (!line.includes(':')) throw new CalendarLineError('This line is not a calendar line: it has no “:” between a name and a value.', number);
    const name = nameOf(line);
    if (name === 'BEGIN') {
      const component = line.slice(line.indexOf(':') + 1).trim().toUpperCase();
      stack.push(component);
      if (component === 'VEVENT' && stack.length === 2) block = { lines: [], beginLine: number, uid: false, keep: false, start: null, end: null };
    } else if (name === 'END') {
      const component = line.slice(line.indexOf(':') + 1).trim().toUpperCase();
      if (stack.at(-1) !== component) throw new CalendarLineError(`END:${component} does not close ${stack.length ? `BEGIN:${stack.at(-1)}` : 'anything'}.`, number);
      stack.pop();
      if (component === 'VEVENT' && block && stack.length === 1) {
        block.lines.push(...raw);
        if (!block.uid) throw new CalendarLineError('An event has no UID.', block.beginLine);
        if (block.start === null && !block.keep && !block.lines.some((l) => nameOf(l) === 'DTSTART')) {
          throw new CalendarLineError('An event has no start (DTSTART).', block.beginLine);
        }
        if (!isOutside(block, window)) out.push(...block.lines);
        block = null;
        return;
      }
    } else if (block && stack.length === 2) {
      if (KEEP_ALWAYS.has(name)) block.keep = true;
      if (name === 'UID' && line.slice(line.indexOf(':') + 1).trim() !== '') block.uid = true;
      if (name === 'DTSTART') block.start = dayOf(line);
      if (name === 'DTEND') block.end = dayOf(line);
    }
    (block ?? { lines: out }).lines.push(...raw);
  };

  physical.forEach((raw, index) => {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && current) {
      current.text += raw.slice(1);
      current.raw.push(raw);
      return;
    }
    finish();
    if (raw.trim() === '') return;
    current = { text: raw, line: index + 1, raw: [raw] };
  });
  finish();
  if (stack.length > 0) throw new CalendarLineError(`The calendar ends before BEGIN:${stack.at(-1)} has its END.`, physical.filter((l) => l.trim() !== '').length);
  return out.join('\r\n') + '\r\n';
}
