import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/core/db/database';
import { PACKED_DAY_SQL } from '../../../src/core/insights/packed-investments';
import type { Tend } from '../../../src/core/tend';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { sampleTeam } from '../../fixtures/sample-team';

interface MonthRow {
  person_id: string;
  month: string;
  packed: string;
}

/** What insights_months holds, and what it must hold: each person's months worked out afresh from every stored investment. */
function keptAndFresh(tend: Tend): { kept: MonthRow[]; fresh: MonthRow[] } {
  const db = openDatabase(tend.databaseFile, { readonly: true });
  try {
    return {
      kept: db.all<MonthRow>('SELECT person_id, month, packed FROM insights_months ORDER BY person_id, month'),
      fresh: db.all<MonthRow>(
        `SELECT person_id, substr(day, 1, 7) AS month, group_concat(${PACKED_DAY_SQL}, ',' ORDER BY day, created_at, id) AS packed
         FROM investments GROUP BY person_id, month ORDER BY person_id, month`,
      ),
    };
  } finally {
    db.close();
  }
}

function expectInStep(tend: Tend): MonthRow[] {
  const { kept, fresh } = keptAndFresh(tend);
  expect(kept).toEqual(fresh);
  return kept;
}

const twelveWeeks = async (tend: Tend) => expectOk(await tend.dispatch('insights.overview', { period: { kind: 'weeks', weeks: 12 } }));

describe('insights_months (each person’s investments by month, packed for Insights) stays in step with every write', () => {
  it('through logging, editing minutes, kind, day and person, deleting (undo), and deleting a person', async () => {
    const { tend } = await openTestTend();
    const priya = expectOk(await tend.dispatch('people.save', { name: 'Priya Raman' }));
    const sam = expectOk(await tend.dispatch('people.save', { name: 'Sam Okafor' }));
    expect(expectInStep(tend)).toEqual([]);

    const first = expectOk(await tend.dispatch('investments.log', { personId: priya.id, day: '2026-11-02', minutes: 30, kind: 'one_on_one' }));
    const second = expectOk(await tend.dispatch('investments.log', { personId: priya.id, day: '2026-11-20', minutes: 45, kind: 'coaching' }));
    // Logged later for an earlier day: still kept in day order.
    expectOk(await tend.dispatch('investments.log', { personId: priya.id, day: '2026-11-01', minutes: 10, kind: 'check_in' }));
    expect(expectInStep(tend)).toHaveLength(1);

    const edit = (investment: typeof first, change: Partial<{ day: string; minutes: number; kind: 'career' }>) =>
      tend.dispatch('investments.log', {
        id: investment.id,
        expectedUpdatedAt: investment.updatedAt,
        personId: investment.personId,
        day: investment.day,
        minutes: investment.minutes,
        kind: investment.kind,
        ...change,
      });
    let edited = expectOk(await edit(first, { minutes: 90 }));
    expectInStep(tend);
    edited = expectOk(await edit(edited, { kind: 'career' }));
    expectInStep(tend);
    // Into another month: the old month loses it, the new one gains it.
    edited = expectOk(await edit(edited, { day: '2026-10-15' }));
    expect(expectInStep(tend).map((row) => row.month)).toEqual(['2026-10', '2026-11']);
    // The app never moves an investment to someone else, but the trigger follows a person change too.
    const writer = openDatabase(tend.databaseFile);
    writer.run('UPDATE investments SET person_id = :person WHERE id = :id', { person: sam.id, id: edited.id });
    writer.close();
    expect(expectInStep(tend).map((row) => `${row.person_id === sam.id ? 'sam' : 'priya'} ${row.month}`).sort()).toEqual(['priya 2026-11', 'sam 2026-10']);

    // Undo of a log is its delete; the month's last one gone leaves no row behind.
    expectOk(await tend.dispatch('investments.delete', { id: edited.id }));
    expect(expectInStep(tend).every((row) => row.person_id === priya.id)).toBe(true);
    expectOk(await tend.dispatch('investments.delete', { id: second.id }));
    expectInStep(tend);

    const overview = await twelveWeeks(tend);
    expect(overview.time.people.find((p) => p.personId === priya.id)?.minutes).toBe(10);

    expectOk(await tend.dispatch('people.delete', { id: priya.id, confirmName: 'Priya Raman' }));
    expect(expectInStep(tend)).toEqual([]);
  });

  it('through an archive import, replacing and merging, and the archive never carries it', async () => {
    const a = await openTestTend();
    const people = await sampleTeam(a.tend);
    // The first two are active (the sample team's third is archived).
    for (const [index, person] of people.slice(0, 2).entries()) {
      for (const month of ['06', '07', '09']) {
        expectOk(await a.tend.dispatch('investments.log', { personId: person.id, day: `2026-${month}-1${index}`, minutes: 20 + index, kind: 'recognition' }));
      }
    }
    const before = expectInStep(a.tend);
    expect(before.length).toBeGreaterThan(3);
    const exported = expectOk(await a.tend.dispatch('archive.export', { format: 'json' }));
    const archive = JSON.parse(readFileSync(exported.path, 'utf8')) as { tables: Record<string, unknown> };
    expect(Object.keys(archive.tables)).not.toContain('insights_months');

    const b = await openTestTend();
    const other = expectOk(await b.tend.dispatch('people.save', { name: 'Noor Haddad' }));
    expectOk(await b.tend.dispatch('investments.log', { personId: other.id, day: '2026-11-03', minutes: 15, kind: 'other' }));
    expectOk(await b.tend.dispatch('archive.import', { source: { path: exported.path }, mode: 'merge' }));
    expect(expectInStep(b.tend)).toHaveLength(before.length + 1);

    // Replacing removes Noor and her investment: two records.
    const replaced = expectOk(await b.tend.dispatch('archive.import', { source: { path: exported.path }, mode: 'replace', confirmRemoved: 2 }));
    expect(replaced.mode).toBe('replace');
    expect(expectInStep(b.tend)).toEqual(before);
    expect(await twelveWeeks(b.tend)).toEqual(await twelveWeeks(a.tend));
  });
});
