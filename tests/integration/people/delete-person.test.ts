import { describe, expect, it } from 'vitest';
import { expectError, expectOk } from '../../fixtures/results';
import { countOnDisk } from '../../fixtures/sqlite-file';
import { withPerson } from '../../fixtures/with-person';

describe('deleting a person', () => {
  it('needs their name as confirmation and then removes every record in one go', async () => {
    const t = await withPerson('Kofi Mensah');
    const { tend, person } = t;
    const goal = expectOk(await tend.dispatch('goals.save', { personId: person.id, kind: 'goal', sphere: 'personal', title: 'Run 10k' }));
    expectOk(await tend.dispatch('progress.save', { goalId: goal.id, body: '5k done' }));
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: 'Note' }));
    expectOk(await tend.dispatch('details.save', { personId: person.id, kind: 'pet', name: 'Biscuit', relation: 'dog' }));
    expectOk(await tend.dispatch('dates.save', { personId: person.id, kind: 'birthday', on: '1988-01-02' }));
    expectOk(await tend.dispatch('matters.save', { personId: person.id, what: 'Autonomy' }));
    const keep = expectOk(await tend.dispatch('people.save', { name: 'Ines' }));
    expectOk(await tend.dispatch('notes.save', { personId: keep.id, body: 'Stays' }));

    expect(expectError(await tend.dispatch('people.delete', { id: person.id, confirmName: 'Kofi' }))).toMatchObject({
      code: 'invalid_input',
      field: 'confirmName',
    });
    expect(countOnDisk(t.tend.databaseFile, 'notes')).toBe(2);

    expectOk(await tend.dispatch('people.delete', { id: person.id, confirmName: ' kofi mensah ' }));
    for (const table of ['goals', 'progress_notes', 'personal_details', 'important_dates', 'matters']) {
      expect(countOnDisk(t.tend.databaseFile, table), table).toBe(0);
    }
    expect(countOnDisk(t.tend.databaseFile, 'notes')).toBe(1);
    // Their kept note count goes with them; the other person's stays right.
    expect(countOnDisk(t.tend.databaseFile, 'note_counts')).toBe(1);
    expect(expectOk(await tend.dispatch('people.profile', { id: keep.id })).noteCount).toBe(1);
    expect(expectError(await tend.dispatch('people.get', { id: person.id })).code).toBe('not_found');
  });
});
