import type { AttentionState, BookedOneOnOne, OverdueCommitment, UpcomingDate } from '../../shared/attention';
import { daysBetween, weekdayName } from '../calendar/local-days';
import { wallTimeWords } from '../../shared/words';
import type { OpenCommitment } from './attention-input';

/** How many promises or asks the line names before summing up the rest; the line must stay one line. */
const NAMED_AT_MOST = 2;
const QUOTE_AT_MOST = 40;

export interface WhyNowFacts {
  state: AttentionState;
  daysSince: number;
  cadenceDays: number;
  maxDays: number;
  /** The person set their own maximum (so it is worth naming). */
  ownMaximum: boolean;
  overdueMine: readonly OverdueCommitment[];
  openMine: readonly OpenCommitment[];
  openTheirs: readonly OpenCommitment[];
  nextDate: UpcomingDate | null;
  /** A confirmed 1:1 within the coming week, already filtered by the caller. */
  booked: BookedOneOnOne | null;
  today: string;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function quoted(text: string): string {
  const short = text.length > QUOTE_AT_MOST ? `${text.slice(0, QUOTE_AT_MOST - 1).trimEnd()}…` : text;
  return `“${short}”`;
}

function ago(days: number): string {
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** "1.7×", "2×": one decimal is as precise as a leader needs. */
function times(ratio: number): string {
  return `${Math.round(ratio * 10) / 10}×`;
}

function rhythmFacts(f: WhyNowFacts): string[] {
  if (f.state === 'never') {
    if (f.daysSince === 0) return ['added today, nothing logged yet'];
    if (f.daysSince === 1) return ['nothing logged since you added them yesterday'];
    return [`nothing logged in the ${f.daysSince} days since you added them`];
  }
  if (f.state === 'ok') return [];
  const facts: string[] = [];
  const ratio = f.daysSince / f.cadenceDays;
  if (f.daysSince === f.cadenceDays) facts.push('your usual rhythm comes round today');
  // Just past the rhythm, "1×" would read as "on time": say the days instead.
  else if (Math.round(ratio * 10) <= 10) facts.push(`${plural(f.daysSince - f.cadenceDays, 'day', 'days')} past your usual rhythm`);
  else facts.push(`${times(ratio)} past your usual rhythm`);
  if (f.state === 'overdue' && f.ownMaximum) facts.push(`past your ${f.maxDays}-day limit`);
  return facts;
}

function promiseFacts(f: WhyNowFacts): string[] {
  const facts = f.overdueMine.slice(0, NAMED_AT_MOST).map((c) => `you promised ${quoted(c.text)}, due ${ago(c.daysOverdue)}`);
  const more = f.overdueMine.length - NAMED_AT_MOST;
  if (more > 0) facts.push(`${plural(more, 'more promise', 'more promises')} overdue`);
  const dueSoon = f.openMine
    .filter((c) => c.dueOn !== null && [0, 1].includes(daysBetween(f.today, c.dueOn)))
    .sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''))
    .slice(0, NAMED_AT_MOST);
  for (const c of dueSoon) facts.push(`you promised ${quoted(c.text)} for ${c.dueOn === f.today ? 'today' : 'tomorrow'}`);
  return facts;
}

function askFacts(f: WhyNowFacts): string[] {
  const overdue = f.openTheirs
    .filter((c) => c.dueOn !== null && daysBetween(c.dueOn, f.today) > 0)
    .map((c) => ({ text: c.text, days: daysBetween(c.dueOn ?? f.today, f.today) }))
    .sort((a, b) => b.days - a.days);
  const first = overdue[0];
  if (!first) return [];
  const facts = [`their ask ${quoted(first.text)} was due ${ago(first.days)}`];
  if (overdue.length > 1) facts.push(`${overdue.length - 1} more of their asks overdue`);
  return facts;
}

function dateFacts(date: UpcomingDate | null): string[] {
  if (!date) return [];
  if (date.daysUntil === 0) return [`${date.title} today`];
  if (date.daysUntil === 1) return [`${date.title} tomorrow`];
  if (date.daysUntil < 7) return [`${date.title} on ${weekdayName(date.on)}`];
  return [`${date.title} in ${date.daysUntil} days`];
}

/** "1:1 booked today 2:00 PM", "1:1 booked tomorrow", "1:1 booked Thursday": today needs the hour, later days the day. */
function bookedFacts(booked: BookedOneOnOne | null, today: string): string[] {
  if (!booked) return [];
  const days = daysBetween(today, booked.on);
  if (days === 0) return [`1:1 booked today ${wallTimeWords(booked.at)}`];
  if (days === 1) return ['1:1 booked tomorrow'];
  return [`1:1 booked ${weekdayName(booked.on)}`];
}

/**
 * The plain facts behind a person's place on Today ("1.7× past your usual rhythm", "you promised
 * “the budget link”, due 3 days ago", "Birthday on Friday"): the leader sees the reason, never a score.
 * Fragments in lower case; the view joins them with " · ".
 */
export function whyNow(f: WhyNowFacts): string[] {
  // The booking comes first: it is what the leader will do about the rest.
  return [...bookedFacts(f.booked, f.today), ...rhythmFacts(f), ...promiseFacts(f), ...askFacts(f), ...dateFacts(f.nextDate)];
}
