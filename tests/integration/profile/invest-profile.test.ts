import { describe, expect, it } from 'vitest';
import { DAY } from '../../fixtures/clock';
import { expectOk } from '../../fixtures/results';
import { withPerson } from '../../fixtures/with-person';

describe('the Person page’s invested strip, commitments and talking points', () => {
  it('a new person has nothing invested and is counted from when they were added', async () => {
    const { tend, person, clock } = await withPerson();
    clock.advance(8 * DAY);
    const profile = expectOk(await tend.dispatch('people.profile', { id: person.id }));
    expect(profile.invested).toEqual({ lastOn: null, daysSince: null, monthMinutes: 0, cadenceDays: 7, maxDays: 14, state: 'never' });
    expect(profile.commitments).toEqual({ open: [], recentlyClosed: [] });
    expect(profile.talkingPoints).toEqual({ queued: [], recentlyDiscussed: [] });
  });

  it('shows the last investment, this month’s minutes and the state by the attention rules', async () => {
    const { tend, person, clock } = await withPerson();
    expectOk(await tend.dispatch('people.save', { id: person.id, expectedUpdatedAt: person.updatedAt, name: person.name, cadenceDays: 7, maxDays: 10 }));
    expectOk(await tend.dispatch('investments.log', { personId: person.id, minutes: 60, day: '2026-10-31' }));
    expectOk(await tend.dispatch('investments.log', { personId: person.id, minutes: 30, day: '2026-11-02' }));
    expectOk(await tend.dispatch('investments.log', { personId: person.id, minutes: 15, day: '2026-11-12' }));
    const profile = expectOk(await tend.dispatch('people.profile', { id: person.id }));
    expect(profile.invested).toEqual({ lastOn: '2026-11-12', daysSince: 11, monthMinutes: 45, cadenceDays: 7, maxDays: 10, state: 'overdue' });
    clock.set('2026-12-01T14:00:00.000Z');
    expect(expectOk(await tend.dispatch('people.profile', { id: person.id })).invested).toMatchObject({ daysSince: 19, monthMinutes: 0 });
  });

  it('lists open commitments mine then their asks, overdue first, and the ten most recently closed', async () => {
    const { tend, person, clock } = await withPerson();
    const save = async (text: string, extra: Record<string, unknown> = {}) => {
      clock.advance(1000);
      return expectOk(await tend.dispatch('commitments.save', { personId: person.id, text, ...extra }));
    };
    await save('undated');
    await save('due later', { dueOn: '2026-12-10' });
    await save('overdue', { dueOn: '2026-11-01' });
    await save('their ask', { owner: 'them', dueOn: '2026-11-02' });
    const closed = [];
    for (let i = 0; i < 12; i++) closed.push(await save(`closed ${i}`));
    for (const [i, c] of closed.entries()) {
      clock.set(`2026-11-${String(24 + (i % 6)).padStart(2, '0')}T14:00:00.000Z`);
      expectOk(await tend.dispatch(i % 2 ? 'commitments.drop' : 'commitments.complete', { id: c.id }));
    }
    const profile = expectOk(await tend.dispatch('people.profile', { id: person.id }));
    expect(profile.commitments.open.map((c) => c.text)).toEqual(['overdue', 'due later', 'undated', 'their ask']);
    expect(profile.commitments.recentlyClosed).toHaveLength(10);
    const days = profile.commitments.recentlyClosed.map((c) => c.doneOn ?? c.droppedOn);
    expect(days).toEqual([...days].sort().reverse());
    expect(days[0]).toBe('2026-11-29');
  });
});
