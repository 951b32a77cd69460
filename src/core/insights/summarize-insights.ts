import type { CareKind, InsightsOverview, InsightsPeriod, InsightsPerson, KindTime, RhythmPerson, WeeklyTime } from '../../shared/insights';
import { CARE_KINDS } from '../../shared/insights';
import { INVESTMENT_KINDS } from '../../shared/investments';
import { attentionState, maximumDays } from '../attention/assess-attention';
import { dayNumber, daysBetween, shiftDay, weekOf, type WeekStartsOn } from '../calendar/local-days';
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
  /** Minutes per week of the grid. */
  weeks: number[];
  minutes: number;
  /** Per kind (INVESTMENT_KINDS' order): minutes, count, and the last day's offset in the period (-1: none). */
  kindMinutes: number[];
  kindCounts: number[];
  kindLast: number[];
  /** The distinct invested days as day numbers (dayNumber), ascending: what the rhythm bands take. */
  days: number[];
  /** The last invested day's offset in the period, or -1. */
  lastOffset: number;
}

const KIND_COUNT = INVESTMENT_KINDS.length;
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
  const weekCount = period.weeks.length;
  for (const fact of facts.people) {
    tallies.set(fact.id, {
      fact,
      weeks: new Array<number>(weekCount).fill(0),
      minutes: 0,
      kindMinutes: new Array<number>(KIND_COUNT).fill(0),
      kindCounts: new Array<number>(KIND_COUNT).fill(0),
      kindLast: new Array<number>(KIND_COUNT).fill(-1),
      days: [],
      lastOffset: -1,
    });
  }
  // A period's days as strings, each made once however many people it is named for.
  const dayStrings: string[] = [];
  const dayAt = (offset: number) => (dayStrings[offset] ??= shiftDay(period.startsOn, offset));
  const firstDay = dayNumber(period.startsOn);
  const firstWeekDays = daysBetween(gridStart, period.startsOn);
  // The year's tens of thousands of investments are tallied as numbers; day strings are made only for the few days named.
  for (const [personId, packed] of facts.investments) {
    const tally = tallies.get(personId);
    if (!tally) continue;
    const { weeks, kindMinutes, kindCounts, kindLast, days } = tally;
    let lastOffset = -1;
    let minutesInPeriod = 0;
    for (const investment of packed) {
      const offset = offsetOf(investment);
      const minutes = minutesOf(investment);
      const kind = kindIndexOf(investment);
      weeks[Math.floor((firstWeekDays + offset) / 7)]! += minutes;
      minutesInPeriod += minutes;
      kindMinutes[kind]! += minutes;
      kindCounts[kind]! += 1;
      kindLast[kind] = offset;
      if (offset !== lastOffset) days.push(firstDay + offset);
      lastOffset = offset;
    }
    tally.minutes += minutesInPeriod;
    tally.lastOffset = lastOffset;
  }
  const kindsOf = (tally: Tally): KindTime[] =>
    INVESTMENT_KINDS.map((kind, index) => ({
      kind,
      minutes: tally.kindMinutes[index]!,
      count: tally.kindCounts[index]!,
      lastOn: tally.kindLast[index]! < 0 ? null : dayAt(tally.kindLast[index]!),
    }));

  const counted: { tally: Tally; weeks: (number | null)[]; kinds: KindTime[]; person: InsightsPerson; days: number }[] = [];
  for (const tally of [...tallies.values()].sort((a, b) => byName(a.fact, b.fact))) {
    const { fact } = tally;
    const firstInvested = tally.days[0] === undefined ? undefined : dayAt(tally.days[0] - firstDay);
    const joined = firstInvested !== undefined && firstInvested < fact.addedOn ? firstInvested : fact.addedOn;
    const countedFrom = fact.lastBefore !== null || joined < period.startsOn ? period.startsOn : joined;
    // Added after a past range ended: not on the team then.
    if (countedFrom > period.endsOn) continue;
    const firstWeek = weekIndexOf(gridStart, countedFrom);
    counted.push({
      tally,
      // The weeks before they joined are not "no time": no number at all.
      weeks: firstWeek > 0 ? tally.weeks.map((week, index) => (index < firstWeek ? null : week)) : tally.weeks,
      kinds: kindsOf(tally),
      days: daysBetween(countedFrom, period.endsOn) + 1,
      person: {
        id: fact.id,
        name: fact.name,
        preferredName: fact.preferredName,
        countedFrom,
        cadenceDays: fact.cadenceDays,
        maxDays: maximumDays(fact.cadenceDays, fact.maxDays),
        lastInvestedOn: tally.lastOffset < 0 ? fact.lastBefore : dayAt(tally.lastOffset),
      },
    });
  }

  const weekTotals = period.weeks.map(() => 0);
  let minutes = 0;
  let largestWeek = 0;
  let allDays = 0;
  const team = INVESTMENT_KINDS.map((kind): KindTime => ({ kind, minutes: 0, count: 0, lastOn: null }));
  for (const { tally, weeks, kinds, days } of counted) {
    minutes += tally.minutes;
    allDays += days;
    weeks.forEach((week, index) => {
      weekTotals[index]! += week ?? 0;
      largestWeek = Math.max(largestWeek, week ?? 0);
    });
    kinds.forEach((kind, index) => {
      const sum = team[index]!;
      sum.minutes += kind.minutes;
      sum.count += kind.count;
      if (kind.lastOn !== null && (sum.lastOn === null || kind.lastOn > sum.lastOn)) sum.lastOn = kind.lastOn;
    });
  }

  const time: WeeklyTime[] = counted.map(({ tally, weeks, person }) => ({ personId: person.id, weeks, minutes: tally.minutes }));
  const shares = counted
    .map(({ tally, person, days }) => ({ personId: person.id, minutes: tally.minutes, share: minutes === 0 ? 0 : tally.minutes / minutes, evenShare: days / allDays }))
    .sort((a, b) => b.minutes - a.minutes);
  const quiet = counted
    .filter(({ weeks }) => weeks.slice(period.recentFrom).every((week) => !week))
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
      people: counted.map(({ kinds, person }) => ({
        personId: person.id,
        kinds,
        missing: CARE_KINDS.filter((kind) => kinds[KIND_INDEX.get(kind)!]!.count === 0),
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
