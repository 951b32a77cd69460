import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../../../src/core/insights/period';
import { summarizeInsights, type InsightsFacts, type PersonFact } from '../../../../src/core/insights/summarize-insights';
import type { CommitmentCounts, OpenCommitment } from '../../../../src/core/insights/follow-through';
import type { CommitmentOwner, CommitmentStatus } from '../../../../src/shared/commitments';
import { packInvestment } from '../../../../src/core/insights/packed-investments';
import { daysBetween } from '../../../../src/core/calendar/local-days';
import type { InsightsPeriod } from '../../../../src/shared/insights';
import type { InvestmentKind } from '../../../../src/shared/investments';

/**
 * A crafted team over the last 12 weeks to Monday 23 November 2026 (9 September…23 November,
 * 78 days, Monday weeks): every figure below was worked out by hand.
 */
const TODAY = '2026-11-23';
const person = (id: string, name: string, fact: Partial<PersonFact>): PersonFact => ({
  id,
  name,
  preferredName: null,
  cadenceDays: 7,
  maxDays: null,
  addedOn: '2025-01-01',
  lastInvestedOn: null,
  lastBefore: null,
  ...fact,
});
const PEOPLE = [
  person('priya', 'Priya Raman', { lastBefore: '2026-08-31', lastInvestedOn: '2026-11-23' }),
  person('sam', 'Sam Okafor', { cadenceDays: 14, maxDays: 20, lastBefore: '2026-09-01', lastInvestedOn: '2026-10-27' }),
  person('noor', 'Noor Haddad', { addedOn: '2026-11-16', lastInvestedOn: '2026-11-18' }),
  person('mateo', 'Mateo Rossi', { addedOn: '2026-11-20' }),
];
type InvestmentFact = readonly [personId: string, day: string, minutes: number, kind: InvestmentKind];
const INVESTMENTS: InvestmentFact[] = [
  ['gone', '2026-10-05', 100, 'other'],
  ['sam', '2026-10-27', 40, 'check_in'],
  ['priya', '2026-11-03', 60, 'one_on_one'],
  ['priya', '2026-11-10', 60, 'one_on_one'],
  ['priya', '2026-11-12', 30, 'career'],
  ['priya', '2026-11-17', 45, 'coaching'],
  ['noor', '2026-11-18', 30, 'one_on_one'],
  ['noor', '2026-11-18', 15, 'check_in'],
  ['priya', '2026-11-23', 30, 'recognition'],
];
/** A promise as stored; the core reads them counted per person and owner, and the open ones. */
interface StoredPromise {
  personId: string;
  owner: CommitmentOwner;
  text: string;
  madeOn: string;
  status: CommitmentStatus;
  dueOn: string | null;
  doneOn: string | null;
}
const commitment = (personId: string, owner: CommitmentOwner, text: string, madeOn: string, rest: Partial<StoredPromise> = {}): StoredPromise => ({
  personId,
  owner,
  text,
  madeOn,
  status: 'open',
  dueOn: null,
  doneOn: null,
  ...rest,
});
const COMMITMENTS = [
  commitment('priya', 'me', 'Send the budget link', '2026-11-01', { dueOn: '2026-11-20' }),
  commitment('sam', 'me', 'Introduce the design lead', '2026-09-10', { status: 'done', doneOn: '2026-09-15' }),
  commitment('sam', 'me', 'Review the promotion case', '2026-10-01', { status: 'done', dueOn: '2026-10-05', doneOn: '2026-10-09' }),
  commitment('noor', 'me', 'Find a mentor', '2026-11-17', { dueOn: '2026-11-30' }),
  commitment('priya', 'me', 'Book the offsite', '2026-09-20', { status: 'dropped' }),
  commitment('priya', 'me', 'Ask about the rota', '2026-09-08'),
  commitment('sam', 'them', 'Draft the RFC', '2026-10-10', { status: 'done', dueOn: '2026-10-20', doneOn: '2026-10-20' }),
  commitment('priya', 'them', 'Share the slides', '2026-11-10', { dueOn: '2026-11-12' }),
  commitment('gone', 'me', 'Archived person’s promise', '2026-10-01'),
];

/** The promises as COMMITMENT_COUNTS_SQL and OPEN_COMMITMENTS_SQL hand them over (tests/integration/insights checks those against SQLite). */
function read(promises: readonly StoredPromise[]): InsightsFacts['commitments'] {
  const counts = new Map<string, CommitmentCounts>();
  for (const { personId, owner, status, dueOn, doneOn } of promises) {
    const key = `${personId} ${owner}`;
    const count = counts.get(key) ?? { personId, owner, made: 0, done: 0, late: 0, dropped: 0 };
    count.made += 1;
    if (status === 'done') count.done += 1;
    if (status === 'done' && dueOn !== null && doneOn! > dueOn) count.late += 1;
    if (status === 'dropped') count.dropped += 1;
    counts.set(key, count);
  }
  const open = promises.filter((p) => p.status === 'open').map(({ personId, owner, text, madeOn, dueOn }): OpenCommitment => ({ personId, owner, text, madeOn, dueOn }));
  return { counts: [...counts.values()], open };
}

/** The period's investments per person, packed as the core reads them (in day order). */
function packed(investments: readonly InvestmentFact[], period: InsightsPeriod): Map<string, number[]> {
  const byPerson = new Map<string, number[]>();
  for (const [personId, day, minutes, kind] of investments) {
    if (day < period.startsOn || day > period.endsOn) continue;
    byPerson.set(personId, [...(byPerson.get(personId) ?? []), packInvestment(daysBetween(period.startsOn, day), kind, minutes)]);
  }
  return byPerson;
}

function facts(weekStartsOn: InsightsFacts['weekStartsOn'] = 1): InsightsFacts {
  const period = resolvePeriod({ kind: 'weeks', weeks: 12 }, TODAY, weekStartsOn);
  return { period, weekStartsOn, people: PEOPLE, investments: packed(INVESTMENTS, period), commitments: read(COMMITMENTS) };
}

describe('summarizeInsights on a crafted team', () => {
  const overview = summarizeInsights(facts());
  const byId = <T extends { personId: string }>(rows: T[]) => Object.fromEntries(rows.map((row) => [row.personId, row]));

  it('lists the active people in name order, each counted from when they joined the period', () => {
    expect(overview.people.map((p) => [p.id, p.countedFrom, p.maxDays, p.lastInvestedOn])).toEqual([
      ['mateo', '2026-11-20', 14, null],
      ['noor', '2026-11-16', 14, '2026-11-18'],
      ['priya', '2026-09-07', 14, '2026-11-23'],
      ['sam', '2026-09-07', 20, '2026-10-27'],
    ]);
  });

  it('adds minutes per person per week, with no weeks before a newcomer joined and nothing of archived people', () => {
    const weeks = byId(overview.time.people);
    const zeros = (n: number) => Array<number>(n).fill(0);
    const nulls = (n: number) => Array<null>(n).fill(null);
    expect(weeks.priya!.weeks).toEqual([...zeros(8), 60, 90, 45, 30]);
    expect(weeks.sam!.weeks).toEqual([...zeros(7), 40, 0, 0, 0, 0]);
    expect(weeks.noor!.weeks).toEqual([...nulls(10), 45, 0]);
    expect(weeks.mateo!.weeks).toEqual([...nulls(10), 0, 0]);
    expect(overview.time.weekTotals).toEqual([...zeros(7), 40, 60, 90, 90, 30]);
    expect(overview.time.minutes).toBe(310);
    expect(overview.time.largestWeek).toBe(90);
  });

  it('follows the week start: Sunday weeks move the Sunday-to-Monday minutes', () => {
    const sunday = summarizeInsights(facts(0));
    expect(sunday.period.startsOn).toBe('2026-09-06');
    expect(sunday.time.weekTotals.slice(-4)).toEqual([60, 90, 90, 30]);
    expect(byId(sunday.time.people).noor!.weeks.slice(-3)).toEqual([null, 45, 0]);
  });

  it('weighs each even share by the days a person was counted, and names who had no time in the last 4 weeks', () => {
    expect(overview.balance.minutes).toBe(310);
    expect(overview.balance.shares).toEqual([
      { personId: 'priya', minutes: 225, share: 225 / 310, evenShare: 78 / 168 },
      { personId: 'noor', minutes: 45, share: 45 / 310, evenShare: 8 / 168 },
      { personId: 'sam', minutes: 40, share: 40 / 310, evenShare: 78 / 168 },
      { personId: 'mateo', minutes: 0, share: 0, evenShare: 4 / 168 },
    ]);
    expect(overview.balance.quietSince).toBe('2026-11-02');
    expect(overview.balance.quiet).toEqual([
      { personId: 'mateo', lastInvestedOn: null },
      { personId: 'sam', lastInvestedOn: '2026-10-27' },
    ]);
  });

  it('adds kinds of time for the team and names the kinds of care someone had none of', () => {
    expect(overview.kinds.team.map((k) => [k.kind, k.minutes, k.count, k.lastOn])).toEqual([
      ['one_on_one', 150, 3, '2026-11-18'],
      ['coaching', 45, 1, '2026-11-17'],
      ['career', 30, 1, '2026-11-12'],
      ['check_in', 55, 2, '2026-11-18'],
      ['personal', 0, 0, null],
      ['recognition', 30, 1, '2026-11-23'],
      ['other', 0, 0, null],
    ]);
    const kinds = byId(overview.kinds.people);
    expect(kinds.priya!.missing).toEqual([]);
    expect(kinds.sam!.missing).toEqual(['one_on_one', 'coaching', 'career', 'recognition']);
    expect(kinds.noor!.missing).toEqual(['coaching', 'career', 'recognition']);
  });

  it('tallies what became of the promises and asks made in the period, naming the oldest open', () => {
    expect(overview.followThrough.mine).toEqual({
      owner: 'me',
      made: 6,
      keptOnTime: 1,
      late: 1,
      dropped: 1,
      open: 3,
      overdue: 1,
      oldestOpen: [
        { personId: 'priya', text: 'Ask about the rota', madeOn: '2026-09-08', dueOn: null, daysOpen: 76 },
        { personId: 'priya', text: 'Send the budget link', madeOn: '2026-11-01', dueOn: '2026-11-20', daysOpen: 22 },
        { personId: 'noor', text: 'Find a mentor', madeOn: '2026-11-17', dueOn: '2026-11-30', daysOpen: 6 },
      ],
    });
    expect(overview.followThrough.theirs).toEqual({
      owner: 'them',
      made: 2,
      keptOnTime: 1,
      late: 0,
      dropped: 0,
      open: 1,
      overdue: 1,
      oldestOpen: [{ personId: 'priya', text: 'Share the slides', madeOn: '2026-11-10', dueOn: '2026-11-12', daysOpen: 13 }],
    });
  });

  it('sorts each counted day into its rhythm band, with today’s days since as Today counts it', () => {
    const rhythm = byId(overview.rhythm);
    expect(rhythm.priya).toEqual({ personId: 'priya', daysSince: 0, state: 'ok', cadenceDays: 7, maxDays: 14, days: 78, daysWithin: 21, daysDue: 8, daysPastMax: 49, timesPastMax: 1, longestDaysSince: 63 });
    expect(rhythm.sam).toEqual({ personId: 'sam', daysSince: 27, state: 'overdue', cadenceDays: 14, maxDays: 20, days: 78, daysWithin: 22, daysDue: 14, daysPastMax: 42, timesPastMax: 2, longestDaysSince: 55 });
    expect(rhythm.noor).toMatchObject({ daysSince: 5, state: 'ok', days: 8, daysWithin: 8 });
    expect(rhythm.mateo).toMatchObject({ daysSince: 3, state: 'never', days: 4, daysWithin: 4 });
  });

  it('leaves out someone added after a past range ended', () => {
    const october = INVESTMENTS.filter(([, day]) => day.startsWith('2026-10'));
    const period = resolvePeriod({ kind: 'custom', from: '2026-10-01', to: '2026-10-31' }, TODAY, 1);
    const past = summarizeInsights({ ...facts(), period, investments: packed(october, period) });
    expect(past.people.map((p) => p.id)).toEqual(['priya', 'sam']);
    expect(past.time.minutes).toBe(40);
  });

  it('reads an empty team as empty panels', () => {
    const empty = summarizeInsights({ ...facts(), people: [], investments: new Map(), commitments: { counts: [], open: [] } });
    expect(empty.people).toEqual([]);
    expect(empty.balance).toEqual({ minutes: 0, shares: [], quietSince: '2026-11-02', quiet: [] });
    expect(empty.followThrough.mine.made).toBe(0);
  });
});
