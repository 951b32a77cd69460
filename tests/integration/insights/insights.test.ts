import { describe, expect, it } from 'vitest';
import { COMMITMENT_COUNTS_SQL, OPEN_COMMITMENTS_SQL, PEOPLE_SQL } from '../../../src/core/insights/insights-service';
import { openDatabase } from '../../../src/core/db/database';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';

const TWELVE_WEEKS = { period: { kind: 'weeks', weeks: 12 } } as const;

describe('insights.overview', () => {
  it('counts a newcomer from the local day they were added, leaves archived people out and follows the week-start setting', async () => {
    const { tend, clock } = await openTestTend();
    const priya = expectOk(await tend.dispatch('people.save', { name: 'Priya Raman' }));
    const gone = expectOk(await tend.dispatch('people.save', { name: 'Archie Vale' }));
    expectOk(await tend.dispatch('investments.log', { personId: gone.id, minutes: 90, day: '2026-11-20' }));
    expectOk(await tend.dispatch('people.archive', { id: gone.id }));
    expectOk(await tend.dispatch('investments.log', { personId: priya.id, minutes: 30, day: '2026-11-22', kind: 'career' }));
    expectOk(await tend.dispatch('investments.log', { personId: priya.id, minutes: 45, day: '2026-11-23' }));
    // 03:00 UTC on the 17th is still the evening of the 16th in New York.
    clock.set('2026-11-17T03:00:00.000Z');
    const noor = expectOk(await tend.dispatch('people.save', { name: 'Noor Haddad' }));
    clock.set('2026-11-23T14:00:00.000Z');

    const monday = expectOk(await tend.dispatch('insights.overview', TWELVE_WEEKS));
    expect(monday.people.map((p) => [p.name, p.countedFrom])).toEqual([
      ['Noor Haddad', '2026-11-16'],
      // Added today, with time logged for yesterday: counted from the day logged.
      ['Priya Raman', '2026-11-22'],
    ]);
    expect(monday.period).toMatchObject({ startsOn: '2026-09-07', endsOn: '2026-11-23' });
    expect(monday.time.minutes).toBe(75);
    expect(monday.time.weekTotals.slice(-2)).toEqual([30, 45]);
    expect(monday.time.people.find((p) => p.personId === noor.id)!.weeks.slice(-3)).toEqual([null, 0, 0]);
    expect(monday.kinds.team.find((k) => k.kind === 'career')).toEqual({ kind: 'career', minutes: 30, count: 1, lastOn: '2026-11-22' });

    expectOk(await tend.dispatch('settings.set', { weekStart: 0 }));
    const sunday = expectOk(await tend.dispatch('insights.overview', TWELVE_WEEKS));
    expect(sunday.period.startsOn).toBe('2026-09-06');
    expect(sunday.time.weekTotals.slice(-2)).toEqual([0, 75]);
  });

  it('on the sample team, days since and state match Today and each Person page', async () => {
    const { tend } = await openTestTend();
    expectOk(await tend.dispatch('sample.load', {}));
    const overview = expectOk(await tend.dispatch('insights.overview', { period: { kind: 'weeks', weeks: 26 } }));
    const today = expectOk(await tend.dispatch('attention.summary', {}));
    expect(overview.people).toHaveLength(today.people.length);
    for (const rhythm of overview.rhythm) {
      const attention = today.people.find((p) => p.id === rhythm.personId)!;
      expect([rhythm.daysSince, rhythm.state, rhythm.maxDays]).toEqual([attention.daysSince, attention.state, attention.maxDays]);
      const profile = expectOk(await tend.dispatch('people.profile', { id: rhythm.personId }));
      expect(rhythm.state).toBe(profile.invested.state);
      if (profile.invested.daysSince !== null) expect(rhythm.daysSince).toBe(profile.invested.daysSince);
    }
    // The four weeks to the pinned Monday are what the Person page's month and Today's week are made of.
    expect(overview.time.weekTotals.at(-1)).toBe(today.week.minutes);
    expect(overview.time.minutes).toBeGreaterThan(0);
    expect(overview.followThrough.mine.made).toBeGreaterThan(0);
  });

  it('refuses a range that ends before it starts, in words', async () => {
    const { tend } = await openTestTend();
    const error = expectError(await tend.dispatch('insights.overview', { period: { kind: 'custom', from: '2026-11-10', to: '2026-11-01' } }));
    expect(error).toMatchObject({ code: 'invalid_input', message: 'The range must start on or before the day it ends.' });
    expectError(await tend.dispatch('insights.overview', { period: { kind: 'weeks', weeks: 5 } } as never));
  });

  it('counts what became of the promises made in the period in SQL, as the tally rules say, naming the oldest open', async () => {
    const { tend } = await openTestTend();
    const priya = expectOk(await tend.dispatch('people.save', { name: 'Priya Raman' })).id;
    const sam = expectOk(await tend.dispatch('people.save', { name: 'Sam Okafor' })).id;
    const gone = expectOk(await tend.dispatch('people.save', { name: 'Archie Vale' })).id;
    const db = openDatabase(tend.databaseFile);
    let n = 0;
    const promise = (personId: string, owner: 'me' | 'them', text: string, madeOn: string, status: 'open' | 'done' | 'dropped', dueOn: string | null, doneOn: string | null = null) =>
      db.run(
        `INSERT INTO commitments (id, person_id, text, owner, due_on, status, made_on, done_on, dropped_on, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-11-23T14:00:00.000Z', '2026-11-23T14:00:00.000Z')`,
        [`5a607182-0000-4000-8000-${String(++n).padStart(12, '0')}`, personId, text, owner, dueOn, status, madeOn, doneOn, status === 'dropped' ? madeOn : null],
      );
    try {
      promise(priya, 'me', 'Send the budget link', '2026-11-01', 'open', '2026-11-20');
      promise(sam, 'me', 'Introduce the design lead', '2026-09-10', 'done', null, '2026-09-15');
      promise(sam, 'me', 'Review the promotion case', '2026-10-01', 'done', '2026-10-05', '2026-10-09');
      promise(sam, 'me', 'Book the offsite', '2026-09-20', 'dropped', null);
      promise(priya, 'me', 'Ask about the rota', '2026-09-08', 'open', null);
      promise(priya, 'me', 'Agree the rota', '2026-09-08', 'open', '2026-12-01');
      promise(priya, 'me', 'Before the period', '2026-09-06', 'open', null);
      promise(sam, 'them', 'Draft the RFC', '2026-10-10', 'done', '2026-10-20', '2026-10-20');
      promise(priya, 'them', 'Share the slides', '2026-11-10', 'open', '2026-11-12');
      promise(gone, 'me', 'Archived person’s promise', '2026-10-01', 'open', '2026-10-02');
    } finally {
      db.close();
    }
    expectOk(await tend.dispatch('people.archive', { id: gone }));

    const { followThrough } = expectOk(await tend.dispatch('insights.overview', TWELVE_WEEKS));
    expect(followThrough.mine).toMatchObject({ made: 6, keptOnTime: 1, late: 1, dropped: 1, open: 3, overdue: 1 });
    // The same day: by text.
    expect(followThrough.mine.oldestOpen.map((p) => [p.personId, p.text, p.dueOn, p.daysOpen])).toEqual([
      [priya, 'Agree the rota', '2026-12-01', 76],
      [priya, 'Ask about the rota', null, 76],
      [priya, 'Send the budget link', '2026-11-20', 22],
    ]);
    expect(followThrough.theirs).toMatchObject({ made: 2, keptOnTime: 1, late: 0, dropped: 0, open: 1, overdue: 1 });
  });

  it('reads each person’s investments of the period as the months it touches, packed in insights_months, and their promises as one range', async () => {
    const { tend } = await openTestTend();
    const db = openDatabase(tend.databaseFile, { readonly: true });
    try {
      const range = { startsOn: '2026-09-07', endsOn: '2026-11-23' };
      const planOf = (sql: string, params: object = range) =>
        (db.raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join('\n');
      const programOf = (sql: string) => db.raw.prepare(`EXPLAIN ${sql}`).all(range) as { opcode: string; p4: unknown }[];
      expect(planOf(PEOPLE_SQL)).toMatch(/SEARCH m USING PRIMARY KEY \(person_id=\? AND month>\? AND month<\?\)/);
      // Packed when written: the read parses no day of any investment.
      expect(programOf(PEOPLE_SQL).filter((op) => String(op.p4).startsWith('unixepoch'))).toHaveLength(0);
      // The outcome digit is read from the index that holds it (migration 021: covering, though owner and status are not in it), and no sorter groups them.
      expect(planOf(COMMITMENT_COUNTS_SQL)).toMatch(/SEARCH c USING COVERING INDEX commitments_outcome \(person_id=\? AND made_on>\? AND made_on<\?\)/);
      expect(planOf(COMMITMENT_COUNTS_SQL)).not.toMatch(/TEMP B-TREE/);
      // Only open promises are walked (the partial index of migration 019), not every promise of the period, and their text is in it (021).
      expect(planOf(OPEN_COMMITMENTS_SQL)).toMatch(/SEARCH c USING COVERING INDEX commitments_open_made \(person_id=\? AND made_on>\? AND made_on<\?\)/);
      // Each person's months are joined as SQLite reads them, with no temporary b-tree per person (one sorts the people by name).
      expect(planOf(PEOPLE_SQL)).not.toMatch(/TEMP B-TREE FOR group_concat/);
    } finally {
      db.close();
    }
  });
});
