/**
 * Wall-clock times in a named IANA zone, for calendars that name a zone (`TZID=Europe/Berlin`)
 * without describing it in a VTIMEZONE: Google and Fastmail often do, and RFC 5545 leaves the
 * reader to know the zone. The runtime's own time-zone database (Intl) answers, so DST changes
 * follow the same rules the rest of the machine does.
 */

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(zone)) {
    try {
      formatters.set(
        zone,
        new Intl.DateTimeFormat('en-US', {
          timeZone: zone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }),
      );
    } catch {
      formatters.set(zone, null);
    }
  }
  return formatters.get(zone) ?? null;
}

/** True when the runtime knows `zone` as an IANA time zone. */
export function isKnownZone(zone: string): boolean {
  return formatterFor(zone) !== null;
}

/** The zone's offset from UTC at `utcMs`, in milliseconds (positive east of Greenwich). */
function offsetAt(format: Intl.DateTimeFormat, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(utcMs))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The instant a wall-clock time in `zone` names. In the hour skipped at a spring-forward change the
 * time is read with the offset from before the change (09:30 that does not exist is 10:30 after);
 * in the repeated autumn hour the first of the two is taken, as calendar apps do.
 */
export function instantInZone(wall: WallClock, zone: string): Date | null {
  const format = formatterFor(zone);
  if (!format) return null;
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const before = offsetAt(format, asUtc - 86_400_000);
  const after = offsetAt(format, asUtc + 86_400_000);
  // Try the offset in force before, then after, and keep the one that reads back as the same wall time.
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = asUtc - offset;
    if (offsetAt(format, candidate) === offset) return new Date(candidate);
  }
  return new Date(asUtc - before);
}
