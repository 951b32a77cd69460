/**
 * A file that is not a calendar Tend can read; `line` is the 1-based physical line at fault, when known.
 * Apart from expand-calendar.ts, so the schedule service can recognise it without loading the iCalendar
 * reader (and ical.js) at start.
 */
export class CalendarParseError extends Error {
  override readonly name = 'CalendarParseError';
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(line === null ? message : `Line ${line}: ${message}`);
  }
}
