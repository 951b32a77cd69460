import { describe, expect, it } from 'vitest';
import { DAY } from '../../fixtures/clock';
import { expectError, expectOk } from '../../fixtures/results';
import { withPerson } from '../../fixtures/with-person';

describe('progress on goals and challenges', () => {
  it('marks a goal achieved with a progress note in one step, and keeps the history newest first', async () => {
    const { tend, person, clock } = await withPerson();
    const goal = expectOk(
      await tend.dispatch('goals.save', { personId: person.id, kind: 'goal', sphere: 'professional', title: 'Lead the Q1 launch' }),
    );
    expectOk(await tend.dispatch('progress.save', { goalId: goal.id, body: 'Wrote the plan', notedOn: '2026-11-20' }));
    clock.advance(DAY);
    const done = expectOk(await tend.dispatch('progress.save', { goalId: goal.id, body: 'Shipped!', status: 'achieved' }));
    expect(done.status).toBe('achieved');
    expect(done.progress.map((p) => [p.body, p.notedOn, p.status])).toEqual([
      ['Shipped!', '2026-11-24', 'achieved'],
      ['Wrote the plan', '2026-11-20', null],
    ]);
    const wrong = expectError(await tend.dispatch('progress.save', { goalId: goal.id, body: 'x', status: 'resolved' }));
    expect(wrong).toMatchObject({ code: 'invalid_input', field: 'status' });
  });
});
