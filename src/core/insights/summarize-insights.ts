import type { CareKind, InsightsOverview, InsightsPeriod, InsightsPerson, KindTime, RhythmPerson, WeeklyTime } from '../../shared/insights';
import { CARE_KINDS } from '../../shared/insights';
import { INVESTMENT_KINDS } from '../../shared/investments';
import { attentionState, maximumDays } from '../attention/assess-attention';
import { daysBetween, shiftDay, weekOf, type WeekStartsOn } from '../calendar/local-days';
import { followThroughOf, type CommitmentCounts, type OpenCommitment } from './follow-through';
import { kindIndexOf, minutesOf, offsetOf } from './packed-investments';
import { weekIndexOf } from './period';
import { rhythmBands } from './rhythm';

/** An active person as read from the database; days are local `YYYY-MM-DD`. */
export interface PersonFact {
  id: string;
  name: string;
  preferredName: string | null;
  cadenceDays: number;
  /** Their own maximum, or null for twice the cadence. */
  maxDays: number | null;
  /** The local day they were added. */
  addedOn: string;
  /** Their latest investment ever (what Today and the Person page count from). */
  lastInvestedOn: string | null;
  /** Their latest investment before the period began. */
  lastBefore: string | null;
}

export interface InsightsFacts {
  period: InsightsPeriod;
  weekStartsOn: WeekStartsOn;
  people: readonly PersonFact[];
  /**
   * Each person's investments inside the period, packed (packInvestment: days after the period's first
   * day, kind, minutes) in day order. Those of people not in `people` (archived) are left out.
   */
  investments: ReadonlyMap<string, readonly number[]>;
  /** Promises made during the period: each person's counts per owner, and those still open. */
  commitments: { counts: readonly CommitmentCounts[]; open: readonly OpenCommitment[] };
}

interface Tally {
  fact: PersonFact;
  weeks: (number | null)[];
  minutes: number;
  kinds: KindTime[];
  days: string[];
  lastInPeriod: string | null;
}

const emptyKinds = (): KindTime[] => INVESTMENT_KINDS.map((kind) => ({ kind, minutes: 0, count: 0, lastOn: null }));
const KIND_INDEX = new Map<CareKind, number>(CARE_KINDS.map((kind) => [kind, INVESTMENT_KINDS.indexOf(kind)]));
const displayName = (person: PersonFact) => person.preferredName ?? person.name;
// One collator, made once, for every name comparison.
const collator = new Intl.Collator();
const byName = (a: PersonFact, b: PersonFact) => collator.compare(displayName(a), displayName(b)) || (a.id < b.id ? -1 : 1);

/**
 * Every Insights panel from the period's facts, in one pass over its investments. A person counts
 * from the later of the period's start and the day they were added (or an earlier day with time
 * logged for them), so a newcomer's empty weeks before they joined are not "no time" and their even
 * share is their part of the period. Today's days since and state come from the attention rules,
 * so they match Today and the Person page.
 */
export function summarizeInsights(facts: InsightsFacts): InsightsOverview {
  const { period } = facts;
  const gridStart = weekOf(period.startsOn, facts.weekStartsOn).startsOn;
  const tallies = new Map<string, Tally>();
  for (const fact of facts.people) {
    tallies.set(fact.id, { fact, weeks: period.weeks.map(() => 0), minutes: 0, kinds: emptyKinds(), days: [], lastInPeriod: null });
  }
  // A period's days as strings, each made once however many investments fall on it.
  const days: string[] = [];
  const dayAt = (offset: number) => (days[offset] ??= shiftDay(period.startsOn, offset));
  const firstWeekDays = daysBetween(gridStart, period.startsOn);
  for (const [personId, packed] of facts.investments) {
    const tally = tallies.get(personId);
    if (!tally) continue;
    let lastOffset = -1;
    for (const investment of packed) {
      const offset = offsetOf(investment);
      const minutes = minutesOf(investment);
      const week = Math.floor((firstWeekDays + offset) / 7);
      tally.weeks[week] = (tally.weeks[week] ?? 0) + minutes;
      tally.minutes += minutes;
      const kindTime = tally.kinds[kindIndexOf(investment)]!;
      kindTime.minutes += minutes;
      kindTime.count += 1;
      kindTime.lastOn = dayAt(offset);
      if (offset !== lastOffset) tally.days.push(dayAt(offset));
      lastOffset = offset;
    }
    tally.lastInPeriod = lastOffset < 0 ? null : dayAt(lastOffset);
  }

  const counted: { tally: Tally; person: InsightsPerson; days: number }[] = [];
  for (const tally of [...tallies.values()].sort((a, b) => byName(a.fact, b.fact))) {
    const { fact } = tally;
    const joined = tally.days[0] !== undefined && tally.days[0] < fact.addedOn ? tally.days[0] : fact.addedOn;
    const countedFrom = fact.lastBefore !== null || joined < period.startsOn ? period.startsOn : joined;
    // Added after a past range ended: not on the team then.
    if (countedFrom > period.endsOn) continue;
    const firstWeek = weekIndexOf(gridStart, countedFrom);
    for (let week = 0; week < firstWeek; week++) tally.weeks[week] = null;
    counted.push({
      tally,
      days: daysBetween(countedFrom, period.endsOn) + 1,
      person: {
        id: fact.id,
        name: fact.name,
        preferredName: fact.preferredName,
        countedFrom,
        cadenceDays: fact.cadenceDays,
        maxDays: maximumDays(fact.cadenceDays, fact.maxDays),
        lastInvestedOn: tally.lastInPeriod ?? fact.lastBefore,
      },
    });
  }

  const weekTotals = period.weeks.map(() => 0);
  let minutes = 0;
  let largestWeek = 0;
  let allDays = 0;
  const team = emptyKinds();
  for (const { tally, days } of counted) {
    minutes += tally.minutes;
    allDays += days;
    tally.weeks.forEach((week, index) => {
      weekTotals[index]! += week ?? 0;
      largestWeek = Math.max(largestWeek, week ?? 0);
    });
    tally.kinds.forEach((kind, index) => {
      const sum = team[index]!;
      sum.minutes += kind.minutes;
      sum.count += kind.count;
      if (kind.lastOn !== null && (sum.lastOn === null || kind.lastOn > sum.lastOn)) sum.lastOn = kind.lastOn;
    });
  }

  const time: WeeklyTime[] = counted.map(({ tally, person }) => ({ personId: person.id, weeks: tally.weeks, minutes: tally.minutes }));
  const shares = counted
    .map(({ tally, person, days }) => ({ personId: person.id, minutes: tally.minutes, share: minutes === 0 ? 0 : tally.minutes / minutes, evenShare: days / allDays }))
    .sort((a, b) => b.minutes - a.minutes);
  const quiet = counted
    .filter(({ tally }) => tally.weeks.slice(period.recentFrom).every((week) => !week))
    .map(({ person }) => ({ personId: person.id, lastInvestedOn: person.lastInvestedOn }))
    // Never invested ('') first, then the longest without; equal days keep name order (sort is stable).
    .sort((a, b) => ((a.lastInvestedOn ?? '') < (b.lastInvestedOn ?? '') ? -1 : (a.lastInvestedOn ?? '') > (b.lastInvestedOn ?? '') ? 1 : 0));

  const countedIds = new Set(counted.map(({ person }) => person.id));
  const rhythm: RhythmPerson[] = counted.map(({ tally, person }) => {
    const { fact } = tally;
    const daysSince = Math.max(0, daysBetween(fact.lastInvestedOn ?? fact.addedOn, period.today));
    return {
      personId: person.id,
      daysSince,
      state: attentionState(daysSince, fact.cadenceDays, person.maxDays, fact.lastInvestedOn === null),
      cadenceDays: fact.cadenceDays,
      maxDays: person.maxDays,
      ...rhythmBands({ ...person, addedOn: fact.addedOn, lastBefore: fact.lastBefore, endsOn: period.endsOn, days: tally.days }),
    };
  });

  return {
    period,
    people: counted.map(({ person }) => person),
    time: { people: time, weekTotals, minutes, largestWeek },
    balance: { minutes, shares, quietSince: period.weeks[period.recentFrom]?.startsOn ?? period.startsOn, quiet },
    kinds: {
      team,
      people: counted.map(({ tally, person }) => ({
        personId: person.id,
        kinds: tally.kinds,
        missing: CARE_KINDS.filter((kind) => tally.kinds[KIND_INDEX.get(kind)!]!.count === 0),
      })),
    },
    followThrough: followThroughOf(
      facts.commitments.counts.filter((c) => countedIds.has(c.personId)),
      facts.commitments.open.filter((c) => countedIds.has(c.personId)),
      period.today,
    ),
    rhythm,
  };
}
