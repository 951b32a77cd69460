import type { CareKind, InsightsOverview, InsightsPeriod, InsightsPerson, KindTime, RhythmPerson, WeeklyTime } from '../../shared/insights';
import { CARE_KINDS } from '../../shared/insights';
import { INVESTMENT_KINDS } from '../../shared/investments';
import { attentionState, maximumDays } from '../attention/assess-attention';
import { dayNumber, dayOfNumber, daysBetween, weekOf, type WeekStartsOn } from '../calendar/local-days';
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

/** A counted person's figures, kept until the team's totals are known (their even share needs every counted day). */
interface Counted {
  person: InsightsPerson;
  weeks: (number | null)[];
  minutes: number;
  /** Days counted in the period. */
  days: number;
  kinds: KindTime[];
}

const KIND_COUNT = INVESTMENT_KINDS.length;
const KIND_INDEX = new Map<CareKind, number>(CARE_KINDS.map((kind) => [kind, INVESTMENT_KINDS.indexOf(kind)]));
const displayName = (person: PersonFact) => person.preferredName ?? person.name;
// One collator, made once, for every name comparison.
const collator = new Intl.Collator();
const byName = (a: PersonFact, b: PersonFact) => collator.compare(displayName(a), displayName(b)) || (a.id < b.id ? -1 : 1);
const NO_INVESTMENTS: readonly number[] = [];

/**
 * Every Insights panel from the period's facts, in one pass over each person's investments. A person
 * counts from the later of the period's start and the day they were added (or an earlier day with
 * time logged for them), so a newcomer's empty weeks before they joined are not "no time" and their
 * even share is their part of the period. Today's days since and state come from the attention
 * rules, so they match Today and the Person page.
 *
 * A year at 10× is 57,000 investments of 600 people: they are added into typed arrays reused from
 * person to person (weeks, kinds, invested days), and only the answer's own arrays and objects are
 * made; days are named from day numbers (dayOfNumber), each once per read.
 */
export function summarizeInsights(facts: InsightsFacts): InsightsOverview {
  const { period } = facts;
  const gridStart = weekOf(period.startsOn, facts.weekStartsOn).startsOn;
  const weekCount = period.weeks.length;
  const firstDay = dayNumber(period.startsOn);
  const periodDays = dayNumber(period.endsOn) - firstDay + 1;
  const firstWeekDays = firstDay - dayNumber(gridStart);
  // A period's days as strings, each made once however many people it is named for.
  const dayStrings = new Array<string | undefined>(periodDays).fill(undefined);
  const dayAt = (offset: number) => (dayStrings[offset] ??= dayOfNumber(firstDay + offset));

  // One person's sums, cleared for the next: per week, and per kind (INVESTMENT_KINDS' order) minutes,
  // count and the last day's offset in the period (-1: none); their distinct invested days as day numbers.
  const weekMinutes = new Float64Array(weekCount);
  const kindMinutes = new Float64Array(KIND_COUNT);
  const kindCounts = new Float64Array(KIND_COUNT);
  const kindLast = new Int32Array(KIND_COUNT);
  const investedDays = new Int32Array(periodDays);
  const teamMinutes = new Float64Array(KIND_COUNT);
  const teamCounts = new Float64Array(KIND_COUNT);
  const teamLast = new Int32Array(KIND_COUNT).fill(-1);

  const weekTotals = new Array<number>(weekCount).fill(0);
  let minutes = 0;
  let largestWeek = 0;
  let allDays = 0;
  const counted: Counted[] = [];
  const quiet: { personId: string; lastInvestedOn: string | null }[] = [];
  const rhythm: RhythmPerson[] = [];
  const countedIds = new Set<string>();
  for (const fact of [...facts.people].sort(byName)) {
    const packed = facts.investments.get(fact.id) ?? NO_INVESTMENTS;
    const firstInvested = packed.length === 0 ? undefined : dayAt(offsetOf(packed[0]!));
    const joined = firstInvested !== undefined && firstInvested < fact.addedOn ? firstInvested : fact.addedOn;
    const countedFrom = fact.lastBefore !== null || joined < period.startsOn ? period.startsOn : joined;
    // Added after a past range ended: not on the team then.
    if (countedFrom > period.endsOn) continue;

    weekMinutes.fill(0);
    kindMinutes.fill(0);
    kindCounts.fill(0);
    kindLast.fill(-1);
    let dayCount = 0;
    let lastOffset = -1;
    let personMinutes = 0;
    for (let at = 0; at < packed.length; at++) {
      const investment = packed[at]!;
      const offset = offsetOf(investment);
      const invested = minutesOf(investment);
      const kind = kindIndexOf(investment);
      weekMinutes[Math.floor((firstWeekDays + offset) / 7)]! += invested;
      personMinutes += invested;
      kindMinutes[kind]! += invested;
      kindCounts[kind]! += 1;
      kindLast[kind] = offset;
      if (offset !== lastOffset) investedDays[dayCount++] = firstDay + offset;
      lastOffset = offset;
    }

    // The weeks before they joined are not "no time": no number at all. Nothing was logged in them,
    // as they count from their first logged day when that came before they were added.
    const firstWeek = weekIndexOf(gridStart, countedFrom);
    const weeks: (number | null)[] = [];
    let quietRecently = true;
    for (let week = 0; week < weekCount; week++) {
      if (week < firstWeek) {
        weeks.push(null);
        continue;
      }
      const inWeek = weekMinutes[week]!;
      weeks.push(inWeek);
      weekTotals[week]! += inWeek;
      if (inWeek > largestWeek) largestWeek = inWeek;
      if (week >= period.recentFrom && inWeek !== 0) quietRecently = false;
    }
    const kinds: KindTime[] = [];
    for (let kind = 0; kind < KIND_COUNT; kind++) {
      const last = kindLast[kind]!;
      kinds.push({ kind: INVESTMENT_KINDS[kind]!, minutes: kindMinutes[kind]!, count: kindCounts[kind]!, lastOn: last < 0 ? null : dayAt(last) });
      teamMinutes[kind]! += kindMinutes[kind]!;
      teamCounts[kind]! += kindCounts[kind]!;
      if (last > teamLast[kind]!) teamLast[kind] = last;
    }
    const days = daysBetween(countedFrom, period.endsOn) + 1;
    const person: InsightsPerson = {
      id: fact.id,
      name: fact.name,
      preferredName: fact.preferredName,
      countedFrom,
      cadenceDays: fact.cadenceDays,
      maxDays: maximumDays(fact.cadenceDays, fact.maxDays),
      lastInvestedOn: lastOffset < 0 ? fact.lastBefore : dayAt(lastOffset),
    };
    minutes += personMinutes;
    allDays += days;
    counted.push({ person, weeks, minutes: personMinutes, days, kinds });
    countedIds.add(fact.id);
    if (quietRecently) quiet.push({ personId: fact.id, lastInvestedOn: person.lastInvestedOn });
    const daysSince = Math.max(0, daysBetween(fact.lastInvestedOn ?? fact.addedOn, period.today));
    const bands = rhythmBands(
      { cadenceDays: fact.cadenceDays, maxDays: person.maxDays, addedOn: fact.addedOn, lastBefore: fact.lastBefore, countedFrom, endsOn: period.endsOn, days: investedDays },
      dayCount,
    );
    rhythm.push({
      personId: fact.id,
      daysSince,
      state: attentionState(daysSince, fact.cadenceDays, person.maxDays, fact.lastInvestedOn === null),
      cadenceDays: fact.cadenceDays,
      maxDays: person.maxDays,
      days: bands.days,
      daysWithin: bands.daysWithin,
      daysDue: bands.daysDue,
      daysPastMax: bands.daysPastMax,
      timesPastMax: bands.timesPastMax,
      longestDaysSince: bands.longestDaysSince,
    });
  }

  const team = INVESTMENT_KINDS.map(
    (kind, index): KindTime => ({ kind, minutes: teamMinutes[index]!, count: teamCounts[index]!, lastOn: teamLast[index]! < 0 ? null : dayAt(teamLast[index]!) }),
  );
  const shares = counted
    .map(({ person, minutes: personMinutes, days }) => ({ personId: person.id, minutes: personMinutes, share: minutes === 0 ? 0 : personMinutes / minutes, evenShare: days / allDays }))
    .sort((a, b) => b.minutes - a.minutes);
  // Never invested ('') first, then the longest without; equal days keep name order (sort is stable).
  quiet.sort((a, b) => ((a.lastInvestedOn ?? '') < (b.lastInvestedOn ?? '') ? -1 : (a.lastInvestedOn ?? '') > (b.lastInvestedOn ?? '') ? 1 : 0));

  return {
    period,
    people: counted.map(({ person }) => person),
    time: { people: counted.map(({ person, weeks, minutes: personMinutes }): WeeklyTime => ({ personId: person.id, weeks, minutes: personMinutes })), weekTotals, minutes, largestWeek },
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
