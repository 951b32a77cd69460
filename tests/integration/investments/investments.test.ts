import { describe, expect, it } from 'vitest';
import { dumpTables } from '../../fixtures/dump';
import { TEST_START } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';
import { withPerson } from '../../fixtures/with-person';

describe('investments', () => {
  it('logs today by default with the check-in kind, edits, and deletes', async () => {
    const { tend, person, clock } = await withPerson();
    const logged = expectOk(await tend.dispatch('investments.log', { personId: person.id, minutes: 30 }));
    expect(logged).toEqual({
      id: expect.any(String),
      personId: person.id,
      day: '2026-11-23',
      minutes: 30,
      kind: 'check_in',
      note: null,
      createdAt: TEST_START,
      updatedAt: TEST_START,
    });
    clock.advance(1000);
    const edited = expectOk(
      await tend.dispatch('investments.log', { id: logged.id, expectedUpdatedAt: logged.updatedAt, personId: person.id, minutes: 45, kind: 'coaching', day: '2026-11-20', note: ' Promo case ' }),
    );
    expect(edited).toMatchObject({ id: logged.id, day: '2026-11-20', minutes: 45, kind: 'coaching', note: 'Promo case', createdAt: TEST_START });
    expect(edited.updatedAt).not.toBe(TEST_START);
    expect(expectOk(await tend.dispatch('investments.delete', { id: logged.id }))).toBeNull();
    expect(expectError(await tend.dispatch('investments.delete', { id: logged.id }))).toMatchObject({ code: 'not_found', field: 'id' });
  });

  it('refuses bad input naming the field and writes nothing', async () => {
    const { tend, person } = await withPerson();
    const other = expectOk(await tend.dispatch('people.save', { name: 'Archie Vale' }));
    expectOk(await tend.dispatch('people.archive', { id: other.id }));
    const before = dumpTables(tend.databaseFile);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ personId: '6a1c2e0b-9d3f-4b8e-a7c5-0f1e2d3c4b5a', minutes: 30 }, 'not_found', 'personId'],
      [{ personId: other.id, minutes: 30 }, 'conflict', 'personId'],
      [{ personId: person.id, minutes: 0 }, 'invalid_input', 'minutes'],
      [{ personId: person.id, minutes: 601 }, 'invalid_input', 'minutes'],
      [{ personId: person.id, minutes: 1.5 }, 'invalid_input', 'minutes'],
      [{ personId: person.id, minutes: 30, day: '2026-11-24' }, 'invalid_input', 'day'],
      [{ personId: person.id, minutes: 30, kind: 'lunch' }, 'invalid_input', 'kind'],
    ];
    for (const [input, code, field] of cases) {
      expect(expectError(await tend.dispatch('investments.log', input as never)), JSON.stringify(input)).toMatchObject({ code, field });
    }
    expect(dumpTables(tend.databaseFile)).toEqual(before);
  });

  it('will not edit another person’s investment by id', async () => {
    const { tend, person } = await withPerson();
    const other = expectOk(await tend.dispatch('people.save', { name: 'Sam Okafor' }));
    const logged = expectOk(await tend.dispatch('investments.log', { personId: person.id, minutes: 30 }));
    expect(expectError(await tend.dispatch('investments.log', { id: logged.id, personId: other.id, minutes: 10 }))).toMatchObject({ code: 'not_found', field: 'id' });
  });
});
