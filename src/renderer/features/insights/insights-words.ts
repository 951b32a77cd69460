import { format, type Locale } from 'date-fns';
import * as v from 'valibot';
import { CARE_KINDS, InsightsPeriodChoice, type CareKind, type InsightsOverview, type InsightsPerson } from '../../../shared/insights';
import { parseLocalDay, formatDay } from '../../app/dates';
import { minutesLabel } from '../person/invested/invest-display';
import { DEFAULT_PERIOD } from './insights-read-ahead';

/**
 * The words Insights says, worked out from core's numbers alone (this module never computes a
 * figure of its own, so the screen matches insights.overview exactly). Facts and shares, never a
 * score or a grade.
 */

export { DEFAULT_PERIOD };

/** The period chosen on the last visit, or 12 weeks. */
export function periodFromStorage(stored: string | null): InsightsPeriodChoice {
  if (stored === null) return DEFAULT_PERIOD;
  try {
    const parsed = v.safeParse(InsightsPeriodChoice, JSON.parse(stored));
    return parsed.success ? parsed.output : DEFAULT_PERIOD;
  } catch {
    return DEFAULT_PERIOD;
  }
}

/** "the last 12 weeks", "this quarter", "Oct 1, 2026 – Nov 23, 2026". */
export function periodWords(choice: InsightsPeriodChoice, period: InsightsOverview['period'], locale: Locale): string {
  if (choice.kind === 'weeks') return `the last ${choice.weeks} weeks`;
  if (choice.kind === 'quarter') return 'this quarter';
  return `${formatDay(period.startsOn, locale)} – ${formatDay(period.endsOn, locale)}`;
}

/** A week's column label: "2 Nov" (the app's day without its year, as in shared/words.ts's listDay). */
export function weekLabel(day: string, locale: Locale): string {
  const date = parseLocalDay(day);
  return date ? format(date, 'd MMM', { locale }) : day;
}

export const nameOf = (person: Pick<InsightsPerson, 'name' | 'preferredName'>) => person.preferredName ?? person.name;

/** "31 h" rounded to whole hours from 10 h, "9 h 30" below, "40 min", "no time". */
export function amountWords(minutes: number): string {
  if (minutes === 0) return 'no time';
  if (minutes >= 600) return `${Math.round(minutes / 60)} h`;
  return minutesLabel(minutes);
}

/** "31%"; "under 1%" for a sliver, so a little time never reads as none. */
export function percentWords(share: number): string {
  if (share === 0) return '0%';
  const percent = Math.round(share * 100);
  return percent === 0 ? 'under 1%' : `${percent}%`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The heat-map's five steps of a week's minutes against the largest week, also drawn as a square's size. */
export function heatLevel(minutes: number | null, largest: number): 0 | 1 | 2 | 3 | 4 | null {
  if (minutes === null) return null;
  if (minutes === 0 || largest === 0) return 0;
  return Math.min(4, Math.ceil((minutes / largest) * 4)) as 1 | 2 | 3 | 4;
}

/**
 * Most and least time among those who had some: the balance sentence names both, and the people
 * with none are named in the sentence after it.
 */
export function balanceEnds(overview: InsightsOverview): { most: string; mostMinutes: number; least: string; leastMinutes: number } | null {
  const shares = overview.balance.shares.filter((share) => share.minutes > 0);
  const first = shares[0];
  const last = shares.at(-1);
  if (!first || !last || shares.length < 2) return null;
  const people = new Map(overview.people.map((p) => [p.id, p]));
  return { most: nameOf(people.get(first.personId)!), mostMinutes: first.minutes, least: nameOf(people.get(last.personId)!), leastMinutes: last.minutes };
}

const CARE_WORDS: Record<CareKind, string> = {
  one_on_one: 'No one-on-one',
  coaching: 'No coaching',
  career: 'No career conversation',
  recognition: 'No recognition',
};

/** For each kind of care, who had none of it in the period ("No career conversation with Sam and Noor"). */
export function missingCare(overview: InsightsOverview): { kind: CareKind; lead: string; people: InsightsPerson[] }[] {
  const people = new Map(overview.people.map((p) => [p.id, p]));
  return CARE_KINDS.map((kind) => ({
    kind,
    lead: CARE_WORDS[kind],
    people: overview.kinds.people.filter((p) => p.missing.includes(kind)).map((p) => people.get(p.personId)!),
  })).filter((group) => group.people.length > 0);
}

/** "7 kept on time, 2 late, 1 dropped, 2 still open (1 past due)". */
export function outcomeWords(tally: InsightsOverview['followThrough']['mine']): string {
  const parts = [`${tally.keptOnTime} kept on time`, `${tally.late} late`, `${tally.dropped} dropped`, `${tally.open} still open`];
  return `${parts.join(', ')}${tally.overdue > 0 ? ` (${tally.overdue} past due)` : ''}`;
}

/** "2 times, 42 days past the maximum". */
export function pastMaxWords(times: number, days: number): string {
  return `${plural(times, 'time')}, ${plural(days, 'day')} past the maximum`;
}
