import { describe, expect, it } from 'vitest';
import { dumpTables } from '../../fixtures/dump';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';

describe('sample team', () => {
  it('loads into an empty Tend, marked as sample, and is removed with everything about it', async () => {
    const { tend } = await openTestTend();
    expect(expectOk(await tend.dispatch('sample.status', {}))).toEqual({ samplePeople: 0, realPeople: 0, canLoad: true });
    expect(expectOk(await tend.dispatch('sample.load', {}))).toEqual({ samplePeople: 10, realPeople: 0, canLoad: false });
    const loaded = dumpTables(tend.databaseFile);
    const total = Object.values(loaded).reduce((n, rows) => n + rows.length, 0);
    expect(total).toBeGreaterThan(200);
    expect(total).toBeLessThan(600);
    expect(loaded.people!.every((p) => (p as { is_sample: number }).is_sample === 1)).toBe(true);
    expect(expectError(await tend.dispatch('sample.load', {}))).toMatchObject({ code: 'conflict' });

    expect(expectOk(await tend.dispatch('sample.remove', {}))).toEqual({ samplePeople: 0, realPeople: 0, canLoad: true });
    for (const [table, rows] of Object.entries(dumpTables(tend.databaseFile))) expect(rows, table).toEqual([]);
  });

  it('is the same team every time it is loaded', async () => {
    const a = await openTestTend();
    const b = await openTestTend();
    expectOk(await a.tend.dispatch('sample.load', {}));
    expectOk(await b.tend.dispatch('sample.load', {}));
    expect(dumpTables(a.tend.databaseFile)).toEqual(dumpTables(b.tend.databaseFile));
  });

  it('refuses to mix with real people, and removing it leaves real people alone', async () => {
    const { tend } = await openTestTend();
    const real = expectOk(await tend.dispatch('people.save', { name: 'Real Person' }));
    const before = dumpTables(tend.databaseFile);
    const refused = expectError(await tend.dispatch('sample.load', {}));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/empty Tend/);
    expect(dumpTables(tend.databaseFile)).toEqual(before);
    expect(expectOk(await tend.dispatch('sample.status', {}))).toEqual({ samplePeople: 0, realPeople: 1, canLoad: false });
    expectOk(await tend.dispatch('sample.remove', {}));
    expect(expectOk(await tend.dispatch('people.list', {})).map((p) => p.id)).toEqual([real.id]);
  });
});
