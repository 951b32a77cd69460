import type { DueOneOnOne, PrepWeek } from '../../shared/prep';
import { attentionState, maximumDays } from '../attention/assess-attention';
import { daysBetween, shiftDay, weekOf, type WeekStartsOn } from '../calendar/local-days';
import { format, parseISO } from 'date-fns';
import { relativeDay } from './words';

/** What "this week" needs to know about one active person; days are local `YYYY-MM-DD`. */
export interface OneOnOneRhythm {
  id: string;
  name: string;
  preferredName: string | null;
  cadenceDays: number;
  maxDays: number | null;
  /** The day they were added: "never" is counted from here, as on Today. */
  addedOn: string;
  lastOneOnOneOn: string | null;
  /** Paused through this day (inclusive), or null. */
  snoozedUntil: string | null;
  /** The start (UTC ISO) of their next confirmed calendar 1:1 still to come this week, or null. */
  bookedAt?: string | null;
}

const RANK = { overdue: 0, due: 1, never: 2, ok: 3, done: 4 } as const;

/** Booked 1:1s first, in the order the leader will hold them (as Today's "1:1 booked" group); then the rest. */
function bookedOrder(a: string | null, b: string | null): number {
  if (a === null || b === null) return Number(a === null) - Number(b === null);
  return a.localeCompare(b);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "met today", "met yesterday", "met on Monday": a one-on-one already held this week. */
function metWords(metOn: string, today: string): string {
  const days = daysBetween(metOn, today);
  if (days === 0) return 'met today';
  if (days === 1) return 'met yesterday';
  return `met on ${format(parseISO(metOn), 'EEEE')}`;
}

function whyDue(person: OneOnOneRhythm, daysSince: number, dueOn: string | null, today: string): string {
  const rhythm = person.cadenceDays === 7 ? 'weekly' : `every ${plural(person.cadenceDays, 'day', 'days')}`;
  if (person.lastOneOnOneOn === null) return `no 1:1 logged yet · ${rhythm}`;
  const last = daysSince === 0 ? 'last 1:1 today' : daysSince === 1 ? 'last 1:1 yesterday' : `last 1:1 ${daysSince} days ago`;
  if (dueOn !== null && dueOn > today) return `${last} · ${rhythm} · comes round ${relativeDay(dueOn, today)}`;
  return `${last} · ${rhythm}`;
}

/**
 * Everyone whose one-on-one comes round by the end of this week (its last day): the day of their last one-on-one
 * plus their cadence, or at once when they have never had one. The states and the limit are the attention
 * rules' own, counted from the last one-on-one rather than the last investment of any kind; the order is
 * Today's: those with a 1:1 booked in the calendar first, soonest first (someone booked this week is listed
 * even when their rhythm comes round later); then overdue, due, never, later this week; then furthest past
 * the cadence, then name. People paused
 * through the whole week are left out. Those already met this week, whose next one comes round after it,
 * stay on the list as done, last (issue 20: they used to vanish, as if no one-on-one had been due).
 */
export function dueThisWeek(people: readonly OneOnOneRhythm[], today: string, weekStartsOn: WeekStartsOn = 1): PrepWeek {
  const week = weekOf(today, weekStartsOn);
  const due: (DueOneOnOne & { ratio: number; bookedAt: string | null })[] = [];
  for (const person of people) {
    if (person.snoozedUntil !== null && person.snoozedUntil >= week.endsOn) continue;
    const never = person.lastOneOnOneOn === null;
    const daysSince = Math.max(0, daysBetween(person.lastOneOnOneOn ?? person.addedOn, today));
    const dueOn = never ? null : shiftDay(person.lastOneOnOneOn!, person.cadenceDays);
    const metThisWeek = !never && person.lastOneOnOneOn! >= week.startsOn;
    const bookedAt = person.bookedAt ?? null;
    // A 1:1 in the calendar this week is one the leader will hold, whatever the rhythm says.
    if (dueOn !== null && dueOn > week.endsOn && !metThisWeek && bookedAt === null) continue;
    const state =
      metThisWeek && dueOn !== null && dueOn > week.endsOn ? 'done' : attentionState(daysSince, person.cadenceDays, maximumDays(person.cadenceDays, person.maxDays), never);
    due.push({
      id: person.id,
      name: person.name,
      preferredName: person.preferredName,
      cadenceDays: person.cadenceDays,
      lastOneOnOneOn: person.lastOneOnOneOn,
      daysSinceOneOnOne: never ? null : daysSince,
      dueOn,
      state,
      why: state === 'done' ? `${metWords(person.lastOneOnOneOn!, today)} · next ${relativeDay(dueOn!, today)}` : whyDue(person, daysSince, dueOn, today),
      ratio: daysSince / person.cadenceDays,
      bookedAt: state === 'done' ? null : bookedAt,
    });
  }
  due.sort(
    (a, b) =>
      Number(a.state === 'done') - Number(b.state === 'done') ||
      bookedOrder(a.bookedAt, b.bookedAt) ||
      RANK[a.state] - RANK[b.state] ||
      b.ratio - a.ratio ||
      a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) ||
      a.id.localeCompare(b.id),
  );
  return { ...week, people: due.map(({ ratio: _, bookedAt: _booked, ...person }) => person) };
}
