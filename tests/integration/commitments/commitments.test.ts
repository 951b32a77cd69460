import { describe, expect, it } from 'vitest';
import { dumpTables } from '../../fixtures/dump';
import { expectError, expectOk } from '../../fixtures/results';
import { withPerson } from '../../fixtures/with-person';

describe('commitments', () => {
  it('makes, lists overdue first, completes idempotently, drops and reopens', async () => {
    const { tend, person, clock } = await withPerson();
    const later = expectOk(await tend.dispatch('commitments.save', { personId: person.id, text: 'Review the doc', dueOn: '2026-12-01' }));
    const overdue = expectOk(await tend.dispatch('commitments.save', { personId: person.id, text: 'Send the budget link', dueOn: '2026-11-20' }));
    clock.advance(1000);
    const undated = expectOk(await tend.dispatch('commitments.save', { personId: person.id, text: 'Intro to Ana' }));
    clock.advance(1000);
    const ask = expectOk(await tend.dispatch('commitments.save', { personId: person.id, text: 'Draft the rota', owner: 'them' }));
    expect(overdue).toMatchObject({ status: 'open', owner: 'me', madeOn: '2026-11-23', doneOn: null });
    expect(ask.owner).toBe('them');
    const open = expectOk(await tend.dispatch('commitments.list', { personId: person.id }));
    expect(open.map((c) => c.text)).toEqual(['Send the budget link', 'Review the doc', 'Intro to Ana', 'Draft the rota']);

    const done = expectOk(await tend.dispatch('commitments.complete', { id: overdue.id }));
    expect(done).toMatchObject({ status: 'done', doneOn: '2026-11-23' });
    clock.advance(86_400_000);
    const again = expectOk(await tend.dispatch('commitments.complete', { id: overdue.id }));
    expect(again).toEqual(done);

    const dropped = expectOk(await tend.dispatch('commitments.drop', { id: later.id, reason: 'Not needed' }));
    expect(dropped).toMatchObject({ status: 'dropped', droppedOn: '2026-11-24', dropReason: 'Not needed', doneOn: null });
    const reopened = expectOk(await tend.dispatch('commitments.reopen', { id: later.id }));
    expect(reopened).toMatchObject({ status: 'open', droppedOn: null, dropReason: null });
    expect(expectOk(await tend.dispatch('commitments.list', { personId: person.id, status: 'done' })).map((c) => c.id)).toEqual([overdue.id]);
    expectOk(await tend.dispatch('commitments.delete', { id: undated.id }));
    expect(expectOk(await tend.dispatch('commitments.list', { personId: person.id })).map((c) => c.text)).toEqual(['Review the doc', 'Draft the rota']);
  });

  it('refuses bad input naming the field and writes nothing', async () => {
    const { tend, person } = await withPerson();
    const archived = expectOk(await tend.dispatch('people.save', { name: 'Archie Vale' }));
    expectOk(await tend.dispatch('people.archive', { id: archived.id }));
    const made = expectOk(await tend.dispatch('commitments.save', { personId: person.id, text: 'Send it' }));
    const before = dumpTables(tend.databaseFile);
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['commitments.save', { personId: person.id, text: '   ' }, 'invalid_input', 'text'],
      ['commitments.save', { personId: person.id, text: 'x', owner: 'boss' }, 'invalid_input', 'owner'],
      ['commitments.save', { personId: archived.id, text: 'x' }, 'conflict', 'personId'],
      ['commitments.save', { personId: '6a1c2e0b-9d3f-4b8e-a7c5-0f1e2d3c4b5a', text: 'x' }, 'not_found', 'personId'],
      ['commitments.list', { personId: person.id, status: 'maybe' }, 'invalid_input', 'status'],
      ['commitments.complete', { id: made.id, day: '2026-11-30' }, 'invalid_input', 'day'],
      ['commitments.complete', { id: '6a1c2e0b-9d3f-4b8e-a7c5-0f1e2d3c4b5a' }, 'not_found', 'id'],
    ];
    for (const [method, input, code, field] of cases) {
      expect(expectError(await tend.dispatch(method, input)), `${method} ${JSON.stringify(input)}`).toMatchObject({ code, field });
    }
    expect(dumpTables(tend.databaseFile)).toEqual(before);
  });
});
