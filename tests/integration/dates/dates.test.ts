import { describe, expect, it } from 'vitest';
import { expectError, expectOk } from '../../fixtures/results';
import { withPerson } from '../../fixtures/with-person';

describe('important dates', () => {
  it('keeps one birthday per person', async () => {
    const { tend, person } = await withPerson();
    expectOk(await tend.dispatch('dates.save', { personId: person.id, kind: 'birthday', on: '1991-05-04' }));
    const error = expectError(await tend.dispatch('dates.save', { personId: person.id, kind: 'birthday', on: '1991-05-05' }));
    expect(error).toMatchObject({ code: 'conflict', field: 'kind' });
  });
});
