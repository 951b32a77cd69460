import { describe, expect, it } from 'vitest';
import { expectError, expectOk } from '../../fixtures/results';
import { sideConnection } from '../../fixtures/side-connection';
import { withPerson } from '../../fixtures/with-person';

// Today is Monday 2026-11-23 in New York; the person was added today, so earlier records come first.

describe('a person’s trends', () => {
  it('counts minutes per week from their first record, mood and energy only where recorded, and notes by kind', async () => {
    const { tend, person } = await withPerson('Samuel Okafor');
    const other = expectOk(await tend.dispatch('people.save', { name: 'Priya Raman' }));
    const rows = sideConnection(tend);
    rows.investment(person.id, '2026-11-03', 'one_on_one', 30);
    rows.investment(person.id, '2026-11-05', 'coaching', 20);
    rows.investment(person.id, '2026-11-18', 'check_in', 10);
    rows.investment(other.id, '2026-11-18', 'check_in', 45);
    const note = async (kind: 'one_on_one' | 'feedback_praise' | 'observation', notedOn: string, mood: number | null, energy: number | null) =>
      expectOk(await tend.dispatch('notes.save', { personId: person.id, kind, body: 'x', notedOn, mood, energy }));
    await note('one_on_one', '2026-11-03', 4, null);
    await note('observation', '2026-11-10', null, null);
    await note('feedback_praise', '2026-11-19', 2, 3);

    const trends = expectOk(await tend.dispatch('personTrends.forPerson', { personId: person.id, weeks: 26, weekStartsOn: 1 }));
    expect(trends.from).toBe('2026-11-02');
    expect(trends.weeks).toEqual([
      { startsOn: '2026-11-02', minutes: 50 },
      { startsOn: '2026-11-09', minutes: 0 },
      { startsOn: '2026-11-16', minutes: 10 },
      { startsOn: '2026-11-23', minutes: 0 },
    ]);
    // The note without mood or energy is no point at all: a gap, not a zero.
    expect(trends.perceived).toEqual([
      { day: '2026-11-03', mood: 4, energy: null },
      { day: '2026-11-19', mood: 2, energy: 3 },
    ]);
    expect(trends.notesByKind).toEqual([
      { kind: 'one_on_one', count: 1 },
      { kind: 'observation', count: 1 },
      { kind: 'feedback_praise', count: 1 },
    ]);

    const sundays = expectOk(await tend.dispatch('personTrends.forPerson', { personId: person.id, weeks: 2, weekStartsOn: 0 }));
    expect(sundays.weeks).toEqual([
      { startsOn: '2026-11-15', minutes: 10 },
      { startsOn: '2026-11-22', minutes: 0 },
    ]);
    expect(expectError(await tend.dispatch('personTrends.forPerson', { personId: person.id, weeks: 0 })).field).toBe('weeks');
  });
});
