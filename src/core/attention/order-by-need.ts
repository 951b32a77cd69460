import { ATTENTION_STATES, type AttentionSummary, type PersonAttention } from '../../shared/attention';
import type { AttentionInput } from './attention-input';
import { assessAttention } from './assess-attention';
import { compareNames } from '../people/name-order';

const RANK = Object.fromEntries(ATTENTION_STATES.map((state, i) => [state, i])) as Record<PersonAttention['state'], number>;

/**
 * Today's order: those who need you first (so "Needs you now" is a prefix of the list), then those
 * with a 1:1 booked this week (soonest first), then by
 * state — overdue, due, never, ok — and within a state furthest past the cadence first (by ratio,
 * so 12 days on a weekly rhythm outranks 20 on a monthly one). Paused people come last, in their own
 * group, soonest back first. Name and id settle the rest so the order is stable.
 */
export function compareByNeed(a: PersonAttention, b: PersonAttention): number {
  if (a.snoozed !== b.snoozed) return a.snoozed ? 1 : -1;
  if (a.needsAttention !== b.needsAttention) return a.needsAttention ? -1 : 1;
  // Among the rest, those with a 1:1 booked this week first: Today lists them as their own group.
  if (!a.needsAttention && !a.snoozed) {
    if ((a.bookedOneOnOne === null) !== (b.bookedOneOnOne === null)) return a.bookedOneOnOne ? -1 : 1;
    // Within the booked, the soonest 1:1 first: that is the order the leader will meet them.
    if (a.bookedOneOnOne && b.bookedOneOnOne) {
      const soonest = `${a.bookedOneOnOne.on} ${a.bookedOneOnOne.at}`.localeCompare(`${b.bookedOneOnOne.on} ${b.bookedOneOnOne.at}`);
      if (soonest !== 0) return soonest;
    }
  }
  if (a.snoozed && b.snoozed) {
    const back = (a.snoozedUntil ?? '').localeCompare(b.snoozedUntil ?? '');
    if (back !== 0) return back;
  }
  return (
    RANK[a.state] - RANK[b.state] ||
    b.daysSince / b.cadenceDays - a.daysSince / a.cadenceDays ||
    b.daysSince - a.daysSince ||
    compareNames(a.name, b.name) ||
    a.id.localeCompare(b.id)
  );
}

export function orderByNeed(people: readonly PersonAttention[]): PersonAttention[] {
  return [...people].sort(compareByNeed);
}

/** The whole of Today's attention: everyone assessed and ordered, the count needing attention, the week's total. */
export function summarizeAttention(people: readonly AttentionInput[], today: string, weekStartsOn: string): AttentionSummary {
  const assessed = orderByNeed(people.map((person) => assessAttention(person, today)));
  return {
    today,
    people: assessed,
    needingAttention: assessed.filter((p) => p.needsAttention).length,
    week: {
      startsOn: weekStartsOn,
      minutes: assessed.reduce((sum, p) => sum + p.weekMinutes, 0),
      people: assessed.filter((p) => p.weekMinutes > 0).length,
    },
  };
}
