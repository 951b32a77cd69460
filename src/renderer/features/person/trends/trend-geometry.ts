import type { PerceivedPoint, TrendWeek } from '../../../../shared/person-trends';

/** Where the trend strip draws its marks: pure, so the shapes are tested without a browser. */

export interface Bar {
  startsOn: string;
  minutes: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One bar per week, scaled to the busiest week; a week without time has no bar (a gap on the baseline). */
export function weekBars(weeks: readonly TrendWeek[], width: number, height: number, gap = 2): Bar[] {
  const most = Math.max(0, ...weeks.map((week) => week.minutes));
  const slot = weeks.length === 0 ? 0 : width / weeks.length;
  return weeks.map((week, index) => {
    const barHeight = most === 0 ? 0 : Math.max(week.minutes > 0 ? 2 : 0, (week.minutes / most) * height);
    return { startsOn: week.startsOn, minutes: week.minutes, x: index * slot + gap / 2, y: height - barHeight, width: Math.max(1, slot - gap), height: barHeight };
  });
}

export interface Dot {
  day: string;
  value: number;
  x: number;
  y: number;
}

/** Readings further apart than this are not joined: the line breaks where nothing was recorded. */
export const JOIN_WITHIN_DAYS = 14;

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * One series (mood or energy, 1–5) placed on the days `from`–`to`: its dots, and the runs of dots that
 * are joined by a line (readings at most JOIN_WITHIN_DAYS apart). A note without this reading is no
 * point at all, so a missing week shows as a gap, never as a zero.
 */
export function perceivedSeries(
  points: readonly PerceivedPoint[],
  key: 'mood' | 'energy',
  from: string,
  to: string,
  width: number,
  height: number,
): { dots: Dot[]; runs: Dot[][] } {
  const start = dayNumber(from);
  const span = Math.max(1, dayNumber(to) - start);
  const dots = points.flatMap((point) => {
    const value = point[key];
    if (value === null) return [];
    return [{ day: point.day, value, x: ((dayNumber(point.day) - start) / span) * width, y: height - ((value - 1) / 4) * height }];
  });
  const runs: Dot[][] = [];
  for (const dot of dots) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && dayNumber(dot.day) - dayNumber(last.day) <= JOIN_WITHIN_DAYS) run.push(dot);
    else runs.push([dot]);
  }
  return { dots, runs };
}

/** An SVG polyline's `points` attribute. */
export function pointsAttribute(dots: readonly Dot[]): string {
  return dots.map((dot) => `${dot.x.toFixed(1)},${dot.y.toFixed(1)}`).join(' ');
}
