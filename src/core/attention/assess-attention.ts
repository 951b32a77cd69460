import type { AttentionState, OverdueCommitment, PersonAttention } from '../../shared/attention';
import { daysBetween } from '../calendar/local-days';
import type { AttentionInput } from './attention-input';
import { whyNow } from './why-now';

/** The maximum in effect: the person's own, or twice the cadence; never below the cadence itself. */
export function maximumDays(cadenceDays: number, maxDays: number | null): number {
  return Math.max(cadenceDays, maxDays ?? 2 * cadenceDays);
}

/**
 * Due once the cadence has come round (7 days on a weekly rhythm: it is time today); overdue once
 * past the maximum (reaching it is still within what the leader allows).
 */
export function attentionState(daysSince: number, cadenceDays: number, maxDays: number, neverInvested: boolean): AttentionState {
  if (neverInvested) return 'never';
  if (daysSince > maxDays) return 'overdue';
  if (daysSince >= cadenceDays) return 'due';
  return 'ok';
}

/**
 * Where one person stands today. Days are counted between local day strings, so neither a
 * daylight-saving change nor the leader changing time zone can add or lose a day. A last
 * investment "after" today (logged on a day that is still tomorrow in another zone) counts as today.
 */
export function assessAttention(person: AttentionInput, today: string): PersonAttention {
  const neverInvested = person.lastInvestedOn === null;
  const daysSince = Math.max(0, daysBetween(person.lastInvestedOn ?? person.addedOn, today));
  const maxDays = maximumDays(person.cadenceDays, person.maxDays);
  const state = attentionState(daysSince, person.cadenceDays, maxDays, neverInvested);
  const overdueMine: OverdueCommitment[] = person.openMine
    .flatMap((c) => (c.dueOn !== null && daysBetween(c.dueOn, today) > 0 ? [{ text: c.text, dueOn: c.dueOn, daysOverdue: daysBetween(c.dueOn, today) }] : []))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.text.localeCompare(b.text));
  const overdueTheirs = person.openTheirs.filter((c) => c.dueOn !== null && daysBetween(c.dueOn, today) > 0).length;
  const snoozed = person.snoozedUntil !== null && daysBetween(today, person.snoozedUntil) >= 0;
  const needsAttention =
    !snoozed && (state === 'overdue' || state === 'due' || overdueMine.length > 0 || (state === 'never' && daysSince >= person.cadenceDays));
  return {
    id: person.id,
    name: person.name,
    preferredName: person.preferredName,
    state,
    daysSince,
    cadenceDays: person.cadenceDays,
    maxDays,
    ratio: Math.round((daysSince / person.cadenceDays) * 100) / 100,
    lastInvestedOn: person.lastInvestedOn,
    openMine: person.openMine.length,
    overdueMine,
    openTheirs: person.openTheirs.length,
    overdueTheirs,
    nextDate: person.nextDate,
    weekMinutes: person.weekMinutes,
    snoozed,
    snoozedUntil: snoozed ? person.snoozedUntil : null,
    needsAttention,
    whyNow: whyNow({
      state,
      daysSince,
      cadenceDays: person.cadenceDays,
      maxDays,
      ownMaximum: person.maxDays !== null,
      overdueMine,
      openMine: person.openMine,
      openTheirs: person.openTheirs,
      nextDate: person.nextDate,
      today,
    }),
  };
}
