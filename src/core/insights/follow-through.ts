import type { CommitmentOwner } from '../../shared/commitments';
import { OLDEST_OPEN_NAMED, type FollowThrough, type FollowThroughTally, type OpenPromise } from '../../shared/insights';
import { daysBetween } from '../calendar/local-days';

/**
 * One person's promises (or asks) of one owner made during the period, counted by outcome from
 * the digits COMMITMENT_COUNTS_SQL joins per person: a year at 10× is 8,000 promises, and handing
 * each to JavaScript as a row cost more than the rest of the read.
 */
export interface CommitmentCounts {
  personId: string;
  owner: CommitmentOwner;
  made: number;
  done: number;
  /** Done after the due day (done with no due day was never late). */
  late: number;
  dropped: number;
}

/**
 * A promise's owner and outcome as one digit, which COMMITMENT_COUNTS_SQL writes per promise: the
 * owner's base (0 or 4) plus the outcome (0 to 3).
 */
export const OUTCOME_CODES = { me: 0, them: 4, open: 0, dropped: 1, late: 2, onTime: 3 } as const;

/** A person's CommitmentCounts (one per owner with any promise) from their outcome digits. */
export function outcomeCounts(personId: string, outcomes: string): CommitmentCounts[] {
  const tally = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let at = 0; at < outcomes.length; at++) tally[outcomes.charCodeAt(at) - 48]! += 1;
  const counts: CommitmentCounts[] = [];
  for (const owner of ['me', 'them'] as const) {
    const base = OUTCOME_CODES[owner];
    const [open, dropped, late, onTime] = tally.slice(base, base + 4) as [number, number, number, number];
    const made = open + dropped + late + onTime;
    if (made > 0) counts.push({ personId, owner, made, done: late + onTime, late, dropped });
  }
  return counts;
}

/** A promise made during the period and still open, as the oldest are named. */
export interface OpenCommitment {
  personId: string;
  owner: CommitmentOwner;
  text: string;
  madeOn: string;
  dueOn: string | null;
}

// Made once: localeCompare builds a collator on every call, and a year of promises compares hundreds.
const collator = new Intl.Collator();
/** Oldest first; on the same day, by text. */
const older = (a: OpenCommitment, b: OpenCommitment) => (a.madeOn < b.madeOn ? -1 : a.madeOn > b.madeOn ? 1 : collator.compare(a.text, b.text));

function tallyOf(owner: CommitmentOwner, counts: readonly CommitmentCounts[], open: readonly OpenCommitment[], today: string): FollowThroughTally {
  const tally: FollowThroughTally = { owner, made: 0, keptOnTime: 0, late: 0, dropped: 0, open: 0, overdue: 0, oldestOpen: [] };
  for (const count of counts) {
    if (count.owner !== owner) continue;
    tally.made += count.made;
    tally.keptOnTime += count.done - count.late;
    tally.late += count.late;
    tally.dropped += count.dropped;
    tally.open += count.made - count.done - count.dropped;
  }
  // Only the oldest few are named: kept in order as they come, rather than sorting every open one.
  const oldest: OpenCommitment[] = [];
  for (const fact of open) {
    if (fact.owner !== owner) continue;
    // Still open and past the due day.
    if (fact.dueOn !== null && fact.dueOn < today) tally.overdue += 1;
    // After any equal one, as a stable sort would leave them.
    let at = oldest.length;
    while (at > 0 && older(fact, oldest[at - 1]!) < 0) at -= 1;
    if (at < OLDEST_OPEN_NAMED) {
      oldest.splice(at, 0, fact);
      oldest.length = Math.min(oldest.length, OLDEST_OPEN_NAMED);
    }
  }
  tally.oldestOpen = oldest.map((fact): OpenPromise => ({ personId: fact.personId, text: fact.text, madeOn: fact.madeOn, dueOn: fact.dueOn, daysOpen: daysBetween(fact.madeOn, today) }));
  return tally;
}

/**
 * What became of the promises made during the period, as of today: the leader's own (mine) and
 * their asks (theirs), each kept on time, late, dropped or still open.
 */
export function followThroughOf(counts: readonly CommitmentCounts[], open: readonly OpenCommitment[], today: string): FollowThrough {
  return { mine: tallyOf('me', counts, open, today), theirs: tallyOf('them', counts, open, today) };
}
