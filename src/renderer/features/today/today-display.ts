import { addDays } from 'date-fns';
import type { AttentionState, AttentionSummary, PersonAttention } from '../../../shared/attention';
import { localDayOf, parseLocalDay } from '../../app/dates';
import { minutesLabel } from '../quick-log/quick-log-actions';

/** How Today words what the attention rules decided: plain facts, never a score. */

export interface TodayGroup {
  id: 'now' | 'rhythm' | 'paused';
  title: string;
  people: PersonAttention[];
}

const NEEDS_NOW: readonly AttentionState[] = ['overdue', 'due', 'never'];

/** Needs you now (overdue, due, nothing logged yet), on rhythm, paused; each keeps the summary's order. */
export function groupsOf(summary: AttentionSummary): TodayGroup[] {
  const groups: TodayGroup[] = [
    { id: 'now', title: 'Needs you now', people: [] },
    { id: 'rhythm', title: 'On rhythm', people: [] },
    { id: 'paused', title: 'Paused', people: [] },
  ];
  for (const person of summary.people) {
    const index = person.snoozed ? 2 : NEEDS_NOW.includes(person.state) ? 0 : 1;
    groups[index]?.people.push(person);
  }
  return groups.filter((group) => group.people.length > 0);
}

export const STATE_WORDS: Record<AttentionState, string> = {
  overdue: 'Overdue',
  due: 'Due',
  never: 'Not yet',
  ok: 'On rhythm',
};

/** "12 days · every 7" */
export function rhythmLabel(person: PersonAttention): string {
  const days = person.daysSince === 1 ? '1 day' : `${person.daysSince} days`;
  return `${days} · every ${person.cadenceDays}`;
}

/** How far through their cadence, 0–100 for the bar (full once the cadence has come round). */
export function cadencePercent(person: PersonAttention): number {
  return Math.round(Math.min(1, Math.max(0, person.ratio)) * 100);
}

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
