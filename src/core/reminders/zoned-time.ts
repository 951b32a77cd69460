import { addDays, format, getDay, parseISO } from 'date-fns';

/**
 * Wall-clock time in an explicit IANA time zone, from the platform's own zone data (Intl).
 * The planner never reads the process's zone: the host passes the zone it sees now, so a laptop
 * that changes zone mid-day gets its local day and reminder times in the new zone at the next plan.
 */

/** A local calendar day, `YYYY-MM-DD`. */
export type LocalDay = string;

export interface WallTime {
  day: LocalDay;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

export const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new RangeError(`"${timeZone}" is not a time zone this system knows.`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading in `timeZone` at `instant`, as milliseconds of a UTC date with the same fields. */
function wallMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** The zone's offset from UTC at `instant` (New York in winter: -5 h). */
function offsetMs(instant: number, timeZone: string): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return wallMs(wholeSecond, timeZone) - wholeSecond;
}

/** The local day and minute of the day at `instant` in `timeZone`. */
export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const wall = new Date(wallMs(instant.getTime(), timeZone));
  return {
    day: wall.toISOString().slice(0, 10),
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/**
 * The instant at which the wall clock in `timeZone` reads `minutes` past midnight on `day`.
 * Daylight-saving gaps and overlaps are resolved like Temporal's "compatible" rule: a time that
 * does not exist (02:30 on a spring-forward night) moves forward by the gap (03:30); a time that
 * happens twice (01:30 on a fall-back night) is the first of the two.
 */
export function instantAt(day: LocalDay, minutes: number, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, date, 0, minutes);
  // Zones change offset at most once in any 48 hours, so the offsets a day either side bracket it.
  const before = offsetMs(wall - DAY_MS, timeZone);
  const after = offsetMs(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after].filter((at) => wallMs(at, timeZone) === wall);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(wall - before);
}

/** The calendar day after `day`. */
export function nextDay(day: LocalDay): LocalDay {
  return format(addDays(parseISO(day), 1), 'yyyy-MM-dd');
}

/** 0 = Sunday … 6 = Saturday, for a calendar day (independent of any time zone). */
export function weekdayOf(day: LocalDay): number {
  return getDay(parseISO(day));
}

/** 'HH:mm' → minutes since midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

