import type { TrendWeek } from '../../shared/person-trends';
import { daysBetween, shiftDay, weekOf, type WeekStartsOn } from '../calendar/local-days';

/**
 * The period a person's trend covers: `weeks` weeks ending with the one that holds `today`, started
 * no earlier than the week of their first record (added, or time logged before that), so the weeks
 * before they were on the team are not drawn as weeks without time.
 */
export function trendPeriod(today: string, weeks: number, weekStartsOn: WeekStartsOn, firstRecordOn: string): { from: string; to: string } {
  const periodStart = shiftDay(weekOf(today, weekStartsOn).startsOn, -7 * (weeks - 1));
  const firstWeek = weekOf(firstRecordOn, weekStartsOn).startsOn;
  return { from: firstWeek > periodStart ? firstWeek : periodStart, to: today };
}

/** Minutes per week from `from` (a week start) to `to`, oldest first; weeks without time are 0. */
export function weeklyMinutes(days: readonly { day: string; minutes: number }[], from: string, to: string): TrendWeek[] {
  const weeks: TrendWeek[] = [];
  for (let startsOn = from; startsOn <= to; startsOn = shiftDay(startsOn, 7)) weeks.push({ startsOn, minutes: 0 });
  for (const { day, minutes } of days) {
    if (day < from || day > to) continue;
    // Counted in calendar days, so a DST change inside a week cannot move a day into the next.
    weeks[Math.floor(daysBetween(from, day) / 7)]!.minutes += minutes;
  }
  return weeks;
}
