import { addDays } from 'date-fns';
import type { AttentionState, AttentionSummary, PersonAttention } from '../../../shared/attention';
import { localDayOf, parseLocalDay } from '../../app/dates';
import { minutesLabel } from '../quick-log/quick-log-actions';

/** How Today words what the attention rules decided: plain facts, never a score. */

export interface TodayGroup {
  id: 'now' | 'booked' | 'rhythm' | 'paused';
  title: string;
  people: PersonAttention[];
}

/**
 * Needs you now, 1:1 booked, on rhythm, paused; each keeps the summary's order (which is this order).
 * "Needs you now" is exactly the people the summary marks `needsAttention` (the badge, the tray and
 * the digest count the same), so a person added today sits on rhythm until their cadence has passed
 * since they were added, and someone overdue with a 1:1 booked this week is listed as booked.
 */
export function groupsOf(summary: AttentionSummary): TodayGroup[] {
  const groups: TodayGroup[] = [
    { id: 'now', title: 'Needs you now', people: [] },
    { id: 'booked', title: '1:1 booked', people: [] },
    { id: 'rhythm', title: 'On rhythm', people: [] },
    { id: 'paused', title: 'Paused', people: [] },
  ];
  for (const person of summary.people) {
    const index = person.snoozed ? 3 : person.needsAttention ? 0 : person.bookedOneOnOne ? 1 : 2;
    groups[index]?.people.push(person);
  }
  return groups.filter((group) => group.people.length > 0);
}

/** The colour of a person's bar: how far their time has run, never a reward for an empty record. */
export type RhythmTone = 'ok' | 'due' | 'overdue' | 'paused';

export interface Rhythm {
  /** The state in a word, so it is never carried by colour alone. */
  word: string;
  /** "12 days · every 7", "today · every 7", "added today", "added 12 days ago". */
  days: string;
  /** How much of the cadence has run since the last time invested (or since they were added), 0–100. */
  percent: number;
  tone: RhythmTone;
  /** The bar's meaning in a sentence, for its tooltip and screen readers. */
  meaning: string;
}

function daysWord(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

function addedWhen(days: number): string {
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

/**
 * What Today's rhythm column says and draws. With time logged, the bar fills as the days since the
 * last investment reach the cadence. With nothing logged, the cadence runs from the day they were
 * added: a new person is on rhythm (a partial bar) until it passes, then due or overdue like anyone
 * else — never a full green bar for someone nobody has spent time with.
 */
export function rhythmOf(person: PersonAttention): Rhythm {
  const percent = Math.round(Math.min(1, Math.max(0, person.ratio)) * 100);
  const every = `every ${person.cadenceDays}`;
  if (person.state === 'never') {
    const late = person.daysSince > person.maxDays ? 'overdue' : person.needsAttention ? 'due' : 'ok';
    return {
      // "Nothing yet" beside "added 7 days ago" overflowed the column by a pixel ("added 7 days a…");
      // "Not yet" leaves room for "added 123 days ago".
      word: late === 'ok' ? 'New' : 'Not yet',
      // The cadence is in the meaning: beside the state word the column has room for one fact ("added
      // 5 days ago · every 14" was cut off at every width).
      days: `added ${addedWhen(person.daysSince)}`,
      percent,
      tone: person.snoozed ? 'paused' : late,
      meaning: `Nothing logged yet; added ${addedWhen(person.daysSince)}, time is due every ${daysWord(person.cadenceDays)}.`,
    };
  }
  const since = person.daysSince === 0 ? 'Time invested today' : `${daysWord(person.daysSince)} since time was last invested`;
  return {
    word: STATE_WORDS[person.state],
    // "0 days" read like a missing value beside time logged this morning.
    days: `${person.daysSince === 0 ? 'today' : daysWord(person.daysSince)} · ${every}`,
    percent,
    tone: person.snoozed ? 'paused' : person.state === 'ok' ? 'ok' : person.state,
    meaning: `${since}; time is due every ${daysWord(person.cadenceDays)}.`,
  };
}

const STATE_WORDS: Record<Exclude<AttentionState, 'never'>, string> = {
  overdue: 'Overdue',
  due: 'Due',
  ok: 'On rhythm',
};

/** "2 promised · 1 late · 1 ask", or "" when nothing is open. */
export function commitmentsLabel(person: PersonAttention): string {
  const parts: string[] = [];
  if (person.openMine > 0) parts.push(`${person.openMine} promised`);
  if (person.overdueMine.length > 0) parts.push(`${person.overdueMine.length} late`);
  if (person.openTheirs > 0) parts.push(`${person.openTheirs} ${person.openTheirs === 1 ? 'ask' : 'asks'}`);
  return parts.join(' · ');
}

/** "Maya's birthday in 3 days" (the title is the date's own, as the Person page shows it). */
export function nextDateLabel(person: PersonAttention): string | null {
  const next = person.nextDate;
  if (!next) return null;
  const when = next.daysUntil === 0 ? 'today' : next.daysUntil === 1 ? 'tomorrow' : `in ${next.daysUntil} days`;
  return `${next.title} ${when}`;
}

/** "You invested 4 h 30 in 6 people this week" */
export function weekLine(week: AttentionSummary['week']): string {
  if (week.minutes === 0) return 'Nothing logged yet this week.';
  const people = week.people === 1 ? '1 person' : `${week.people} people`;
  return `You invested ${minutesLabel(week.minutes)} in ${people} this week.`;
}

/** A local day `days` after `today` (both YYYY-MM-DD). */
export function dayAfter(today: string, days: number): string {
  const start = parseLocalDay(today) ?? new Date();
  return localDayOf(addDays(start, days));
}
