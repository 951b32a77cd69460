import type { CommitmentOwner, CommitmentStatus } from '../../shared/commitments';
import { OLDEST_OPEN_NAMED, type FollowThrough, type FollowThroughTally, type OpenPromise } from '../../shared/insights';
import { daysBetween } from '../calendar/local-days';

/** A commitment made during the period, as the tally needs it. */
export interface CommitmentFact {
  personId: string;
  owner: CommitmentOwner;
  /** Read only for an open one (the oldest open are named); '' for the rest. */
  text: string;
  status: CommitmentStatus;
  madeOn: string;
  dueOn: string | null;
  doneOn: string | null;
}

// Made once: localeCompare builds a collator on every call, and a year of promises compares thousands.
const collator = new Intl.Collator();
/** Oldest first; on the same day, by text. */
const older = (a: CommitmentFact, b: CommitmentFact) => (a.madeOn < b.madeOn ? -1 : a.madeOn > b.madeOn ? 1 : collator.compare(a.text, b.text));

function tallyOf(owner: CommitmentOwner, facts: readonly CommitmentFact[], today: string): FollowThroughTally {
  const tally: FollowThroughTally = { owner, made: 0, keptOnTime: 0, late: 0, dropped: 0, open: 0, overdue: 0, oldestOpen: [] };
  // Only the oldest few are named: kept in order as they come, rather than sorting every open one.
  const oldest: CommitmentFact[] = [];
  for (const fact of facts) {
    if (fact.owner !== owner) continue;
    tally.made += 1;
    if (fact.status === 'dropped') tally.dropped += 1;
    else if (fact.status === 'done') {
      // Done with no due day was never late.
      if (fact.dueOn !== null && fact.doneOn !== null && fact.doneOn > fact.dueOn) tally.late += 1;
      else tally.keptOnTime += 1;
    } else {
      tally.open += 1;
      if (fact.dueOn !== null && fact.dueOn < today) tally.overdue += 1;
      // After any equal one, as a stable sort would leave them.
      let at = oldest.length;
      while (at > 0 && older(fact, oldest[at - 1]!) < 0) at -= 1;
      if (at < OLDEST_OPEN_NAMED) {
        oldest.splice(at, 0, fact);
        oldest.length = Math.min(oldest.length, OLDEST_OPEN_NAMED);
      }
    }
  }
  tally.oldestOpen = oldest.map((fact): OpenPromise => ({ personId: fact.personId, text: fact.text, madeOn: fact.madeOn, dueOn: fact.dueOn, daysOpen: daysBetween(fact.madeOn, today) }));
  return tally;
}

/**
 * What became of the promises made during the period, as of today: the leader's own (mine) and
 * their asks (theirs), each kept on time, late, dropped or still open.
 */
export function followThroughOf(facts: readonly CommitmentFact[], today: string): FollowThrough {
  return { mine: tallyOf('me', facts, today), theirs: tallyOf('them', facts, today) };
}
