import { describe, expect, test } from 'vitest';
import type { EventPayloads } from '../../../src/shared/contract';
import type { Person } from '../../../src/shared/people';
import type { Tend } from '../../../src/core/tend';
import { DAY, HOUR } from '../../fixtures/clock';
import { TEST_START, openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';

const UNKNOWN_ID = '6a1c2e0b-9d3f-4b8e-a7c5-0f1e2d3c4b5a';

async function addPerson(tend: Tend, name: string, extra: Partial<Omit<Person, 'id'>> = {}): Promise<Person> {
  return expectOk(await tend.dispatch('people.save', { name, ...extra }));
}

async function names(tend: Tend, includeArchived = false): Promise<string[]> {
  return expectOk(await tend.dispatch('people.list', { includeArchived })).map((p) => p.name);
}

describe('people', () => {
  test('the list is in the reader’s order of names: accented first letters among their plain ones, archived last', async () => {
    const { tend } = await openTestTend();
    for (const name of ['Zoë Müller', 'Łukasz Nowak', 'Émile Roux', 'adam Kay', 'Lena Park', 'Ørjan Berg']) await addPerson(tend, name);
    const archived = await addPerson(tend, 'Ana Ruiz');
    expectOk(await tend.dispatch('people.archive', { id: archived.id }));
    expect(await names(tend, true)).toEqual(['adam Kay', 'Émile Roux', 'Lena Park', 'Łukasz Nowak', 'Ørjan Berg', 'Zoë Müller', 'Ana Ruiz']);
  });

  test('a new person is stored with defaults, trimmed text and the pinned clock, and can be fetched by id', async () => {
    const { tend } = await openTestTend();

    const saved = expectOk(
      await tend.dispatch('people.save', { name: '  Priya Natarajan ', preferredName: '', role: 'Staff engineer', startedOn: '2025-09-01' }),
    );

    expect(saved).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Priya Natarajan',
      preferredName: null,
      pronunciation: null,
      role: 'Staff engineer',
      team: null,
      email: null,
      startedOn: '2025-09-01',
      cadenceDays: 7,
      maxDays: null,
      snoozedUntil: null,
      isSample: false,
      archivedAt: null,
      createdAt: TEST_START,
      updatedAt: TEST_START,
    });
    expect(expectOk(await tend.dispatch('people.get', { id: saved.id }))).toEqual(saved);
  });

  test('the team is listed by name, ignoring case', async () => {
    const { tend } = await openTestTend();
    for (const name of ['zoë', 'Adam', 'bea', 'Carlos', 'adele']) await addPerson(tend, name);

    expect(await names(tend)).toEqual(['Adam', 'adele', 'bea', 'Carlos', 'zoë']);
  });

  test('updating keeps createdAt and moves updatedAt to the new now', async () => {
    const { tend, clock } = await openTestTend();
    const created = await addPerson(tend, 'Dana Scully', { role: 'Analyst', cadenceDays: 14 });

    clock.advance(3 * DAY + 2 * HOUR);
    const updated = expectOk(await tend.dispatch('people.save', { id: created.id, expectedUpdatedAt: created.updatedAt, name: 'Dana Scully', role: 'Lead analyst', cadenceDays: 14 }));

    expect(updated.createdAt).toBe(TEST_START);
    expect(updated.updatedAt).toBe('2026-11-26T16:00:00.000Z');
    expect(updated.role).toBe('Lead analyst');
    expect(expectOk(await tend.dispatch('people.get', { id: created.id }))).toEqual(updated);
  });

  test('an update that leaves out optional fields clears them (the form sends the whole record)', async () => {
    const { tend } = await openTestTend();
    const created = await addPerson(tend, 'Eve', { team: 'Infra', cadenceDays: 30 });

    const updated = expectOk(await tend.dispatch('people.save', { id: created.id, expectedUpdatedAt: created.updatedAt, name: 'Eve' }));

    expect(updated.team).toBeNull();
    expect(updated.cadenceDays).toBe(7);
  });

  test('archiving hides a person from the team list; includeArchived shows them after the active people; restore brings them back', async () => {
    const { tend, clock } = await openTestTend();
    const ana = await addPerson(tend, 'Ana');
    await addPerson(tend, 'Zed');

    clock.advance(HOUR);
    const archived = expectOk(await tend.dispatch('people.archive', { id: ana.id }));
    expect(archived.archivedAt).toBe('2026-11-23T15:00:00.000Z');
    expect(archived.updatedAt).toBe('2026-11-23T15:00:00.000Z');
    expect(await names(tend)).toEqual(['Zed']);
    expect(await names(tend, true)).toEqual(['Zed', 'Ana']);
    // Fetching by id still works: history stays reachable.
    expect(expectOk(await tend.dispatch('people.get', { id: ana.id })).archivedAt).not.toBeNull();

    clock.advance(HOUR);
    const restored = expectOk(await tend.dispatch('people.restore', { id: ana.id }));
    expect(restored.archivedAt).toBeNull();
    expect(restored.createdAt).toBe(TEST_START);
    expect(await names(tend)).toEqual(['Ana', 'Zed']);
  });

  test('saving an archived person is a conflict on "id" and writes nothing', async () => {
    const { tend, clock } = await openTestTend();
    const ana = await addPerson(tend, 'Ana', { role: 'Engineer' });
    const archived = expectOk(await tend.dispatch('people.archive', { id: ana.id }));

    clock.advance(DAY);
    const error = expectError(await tend.dispatch('people.save', { id: ana.id, name: 'Ana B.', role: 'Manager' }));

    expect(error.code).toBe('conflict');
    expect(error.field).toBe('id');
    expect(error.message).toMatch(/archived/);
    expect(expectOk(await tend.dispatch('people.get', { id: ana.id }))).toEqual(archived);
  });

  test('an id nobody has is not_found for get, save, archive and restore — and save does not create it', async () => {
    const { tend } = await openTestTend();

    for (const call of [
      tend.dispatch('people.get', { id: UNKNOWN_ID }),
      tend.dispatch('people.save', { id: UNKNOWN_ID, name: 'Ghost' }),
      tend.dispatch('people.archive', { id: UNKNOWN_ID }),
      tend.dispatch('people.restore', { id: UNKNOWN_ID }),
    ]) {
      const error = expectError(await call);
      expect(error.code).toBe('not_found');
      expect(error.field).toBe('id');
    }
    expect(await names(tend, true)).toEqual([]);
  });

  test('everything survives closing the app and opening the same folder again', async () => {
    const first = await openTestTend();
    const ana = await addPerson(first.tend, 'Ana', { startedOn: '2024-02-29', cadenceDays: 10 });
    const ben = await addPerson(first.tend, 'Ben');
    const benArchived = expectOk(await first.tend.dispatch('people.archive', { id: ben.id }));
    first.tend.close();

    const second = await openTestTend({ dataDir: first.dataDir });
    expect(expectOk(await second.tend.dispatch('people.list', { includeArchived: true }))).toEqual([ana, benArchived]);
  });

  test('data.changed fires once per successful write, never for reads or failed writes', async () => {
    const { tend } = await openTestTend();
    const events: EventPayloads['data.changed'][] = [];
    const stop = tend.onDataChanged((payload) => events.push(payload));

    const ana = await addPerson(tend, 'Ana');
    await tend.dispatch('people.list');
    await tend.dispatch('people.get', { id: ana.id });
    await tend.dispatch('app.info');
    await tend.dispatch('people.archive', { id: ana.id });
    await tend.dispatch('people.save', { id: ana.id, name: 'Ana' }); // conflict: archived
    await tend.dispatch('people.save', { name: '' }); // invalid
    await tend.dispatch('people.restore', { id: UNKNOWN_ID }); // not found
    await tend.dispatch('people.restore', { id: ana.id });

    expect(events).toEqual([
      { method: 'people.save', touches: ['people', 'profile'] },
      { method: 'people.archive', touches: ['people', 'profile'] },
      { method: 'people.restore', touches: ['people', 'profile'] },
    ]);

    stop();
    await addPerson(tend, 'Ben');
    expect(events).toHaveLength(3);
  });

  test('a broken data.changed listener does not make a saved person look unsaved', async () => {
    const { tend } = await openTestTend();
    tend.onDataChanged(() => {
      throw new Error('Object has been destroyed');
    });

    const result = await tend.dispatch('people.save', { name: 'Ana' });

    expect(expectOk(result).name).toBe('Ana');
    expect(await names(tend)).toEqual(['Ana']);
  });
});

describe('a new person without a cadence takes the Settings defaults for new people', () => {
  test('the default cadence and maximum from Settings, read at each save; given values win', async () => {
    const { tend, dataDir } = await openTestTend();
    expectOk(await tend.dispatch('settings.set', { defaultCadenceDays: 14, defaultMaxDays: 21 }));

    const ana = await addPerson(tend, 'Ana');
    expect(ana).toMatchObject({ cadenceDays: 14, maxDays: 21 });
    expect(await addPerson(tend, 'Ben', { cadenceDays: 10, maxDays: null })).toMatchObject({ cadenceDays: 10, maxDays: null });
    // A default maximum below the cadence given is left unset (twice the cadence), not refused.
    expect(await addPerson(tend, 'Cy', { cadenceDays: 30 })).toMatchObject({ cadenceDays: 30, maxDays: null });

    expectOk(await tend.dispatch('settings.set', { defaultCadenceDays: 5, defaultMaxDays: null }));
    expect(await addPerson(tend, 'Dee')).toMatchObject({ cadenceDays: 5, maxDays: null });
    // Already saved people keep theirs, in the database as read back after a restart.
    tend.close();
    const reopened = await openTestTend({ dataDir });
    expect(expectOk(await reopened.tend.dispatch('people.get', { id: ana.id }))).toMatchObject({ cadenceDays: 14, maxDays: 21 });
    expect(expectOk(await reopened.tend.dispatch('settings.get', {}))).toMatchObject({ defaultCadenceDays: 5 });
    expect(await addPerson(reopened.tend, 'Eli')).toMatchObject({ cadenceDays: 5, maxDays: null });
  });

  test('a maximum below the cadence is still refused on "maxDays", and nothing is written', async () => {
    const { tend } = await openTestTend();
    expectOk(await tend.dispatch('settings.set', { defaultCadenceDays: 14 }));
    expect(expectError(await tend.dispatch('people.save', { name: 'Ana', maxDays: 10 }))).toMatchObject({ code: 'invalid_input', field: 'maxDays' });
    expect(await names(tend)).toEqual([]);
  });
});
