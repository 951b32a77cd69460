import { BOOKED_WITHIN_DAYS, type AttentionState, type BookedOneOnOne, type OverdueCommitment, type PersonAttention } from '../../shared/attention';
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

/** The booked 1:1 if it starts within the coming week (today included); a later one is not yet an answer to "due". */
export function bookedWithinWeek(booked: BookedOneOnOne | null, today: string): BookedOneOnOne | null {
  if (booked === null) return null;
  const days = daysBetween(today, booked.on);
  return days >= 0 && days < BOOKED_WITHIN_DAYS ? booked : null;
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
  const booked = bookedWithinWeek(person.bookedOneOnOne, today);
  // A booked 1:1 is the time the rhythm asks for, so it is not a fire; a broken promise still is.
  const rhythmLate = state === 'overdue' || state === 'due' || (state === 'never' && daysSince >= person.cadenceDays);
  const needsAttention = !snoozed && ((rhythmLate && booked === null) || overdueMine.length > 0);
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
    bookedOneOnOne: booked,
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
      booked,
      today,
    }),
  };
}
