import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ownedRecords } from '../../../src/core/db/owned-records';
import { TendError } from '../../../src/core/errors';
import { createPeopleService } from '../../../src/core/people/people-service';
import { PersonSaveInput } from '../../../src/shared/people';
import { openMigratedDatabase } from '../../fixtures/migrated-database';
import { countOnDisk } from '../../fixtures/sqlite-file';

/** A record type as small as the helper allows: the `matters` table, seen through aliased columns. */
interface Matter {
  id: string;
  personId: string;
  what: string;
  updatedAt: string;
}

const SAVE_SQL = {
  insert: `INSERT INTO matters (id, person_id, what, noted_on, created_at, updated_at)
           VALUES (:id, :personId, :what, '2026-11-23', :now, :now)`,
  update: `UPDATE matters SET what = :what, updated_at = :now WHERE id = :id`,
};

/** A migrated database in a temp folder with two people, and the helper over their matters; closed after the test. */
async function setUp() {
  const { db, clock } = await openMigratedDatabase('tend-owned');
  const people = createPeopleService(db, clock);
  const ana = people.save(v.parse(PersonSaveInput, { name: 'Ana' }));
  const ben = people.save(v.parse(PersonSaveInput, { name: 'Ben' }));
  const matters = ownedRecords<Matter>(db, people, {
    table: 'matters',
    what: 'That matter',
    columns: 'id, person_id AS personId, what, updated_at AS updatedAt',
    orderBy: 'what',
  });
  const save = (target: { id?: string; personId: string; expectedUpdatedAt?: string }, what: string) =>
    matters.save(target, SAVE_SQL, { what, now: clock().toISOString() });
  return { people, ana, ben, matters, save, file: db.file };
}

/** What a call threw, as the dispatcher would report it. */
function thrown(call: () => unknown): Pick<TendError, 'code' | 'message' | 'field'> {
  try {
    call();
  } catch (error) {
    if (error instanceof TendError) return { code: error.code, message: error.message, field: error.field };
    throw error;
  }
  throw new Error('expected the call to throw');
}

describe('ownedRecords', () => {
  it('inserts with a new id for the named person, updates by id, and reads rows back with aliased columns', async () => {
    const t = await setUp();
    const created = t.save({ personId: t.ana.id }, 'Autonomy');
    expect(created).toEqual({ id: expect.any(String), personId: t.ana.id, what: 'Autonomy', updatedAt: expect.any(String) });
    expect(t.save({ id: created.id, personId: t.ana.id, expectedUpdatedAt: created.updatedAt }, 'Autonomy at work')).toEqual({
      ...created,
      what: 'Autonomy at work',
      // The test clock stands still: the edit still makes a new version, a millisecond on.
      updatedAt: '2026-11-23T14:00:00.001Z',
    });
    t.save({ personId: t.ana.id }, 'Access to mentors');
    t.save({ personId: t.ben.id }, 'Bedtime with the kids');
    expect(t.matters.listFor(t.ana.id).map((m) => m.what)).toEqual(['Access to mentors', 'Autonomy at work']);
    expect(t.matters.byId(created.id)).toEqual({ ...created, what: 'Autonomy at work', updatedAt: '2026-11-23T14:00:00.001Z' });
  });

  it('refuses to update a record through another person: not_found on id, nothing written', async () => {
    const t = await setUp();
    const bens = t.save({ personId: t.ben.id }, 'Bedtime with the kids');
    expect(thrown(() => t.save({ id: bens.id, personId: t.ana.id }, 'Hijacked'))).toEqual({
      code: 'not_found',
      message: 'That matter could not be found.',
      field: 'id',
    });
    expect(t.matters.byId(bens.id).what).toBe('Bedtime with the kids');
  });

  it('an unknown id or person is not_found, on the field that named it', async () => {
    const t = await setUp();
    const unknown = '5f0c6c9e-3f7e-4b8e-9a51-1d2b3c4d5e6f';
    expect(thrown(() => t.matters.byId(unknown, 'matterId'))).toMatchObject({ code: 'not_found', field: 'matterId' });
    expect(t.matters.find(unknown)).toBeUndefined();
    expect(thrown(() => t.save({ id: unknown, personId: t.ana.id }, 'x'))).toMatchObject({ code: 'not_found', field: 'id' });
    expect(thrown(() => t.save({ personId: unknown }, 'x'))).toMatchObject({ code: 'not_found', field: 'personId' });
    expect(thrown(() => t.matters.delete(unknown))).toEqual({
      code: 'not_found',
      message: 'That matter could not be found.',
      field: 'id',
    });
    expect(countOnDisk(t.file, 'matters')).toBe(0);
  });

  it('an archived person’s records cannot be added, changed or deleted until they are restored', async () => {
    const t = await setUp();
    const kept = t.save({ personId: t.ana.id }, 'Autonomy');
    t.people.archive(t.ana.id);
    const archived = { code: 'conflict', message: 'Ana is archived. Restore them to make changes.' };
    expect(thrown(() => t.save({ personId: t.ana.id }, 'New'))).toEqual({ ...archived, field: 'personId' });
    expect(thrown(() => t.save({ id: kept.id, personId: t.ana.id }, 'Changed'))).toEqual({ ...archived, field: 'personId' });
    // A delete names only the record, so the conflict is reported on its id.
    expect(thrown(() => t.matters.delete(kept.id))).toEqual({ ...archived, field: 'id' });
    expect(t.matters.listFor(t.ana.id)).toEqual([kept]);

    t.people.restore(t.ana.id);
    t.matters.delete(kept.id);
    expect(countOnDisk(t.file, 'matters')).toBe(0);
  });

  it('deletes only the record asked for', async () => {
    const t = await setUp();
    const gone = t.save({ personId: t.ana.id }, 'Autonomy');
    const stays = t.save({ personId: t.ben.id }, 'Bedtime with the kids');
    t.matters.delete(gone.id);
    expect(t.matters.listFor(t.ana.id)).toEqual([]);
    expect(t.matters.listFor(t.ben.id)).toEqual([stays]);
  });

  it('refuses an edit from a stale copy with the current record, and an edit that names no version', async () => {
    const t = await setUp();
    const opened = t.save({ personId: t.ana.id }, 'Autonomy');
    const theirs = t.save({ id: opened.id, personId: t.ana.id, expectedUpdatedAt: opened.updatedAt }, 'Autonomy at work');
    let refusal: unknown;
    try {
      t.save({ id: opened.id, personId: t.ana.id, expectedUpdatedAt: opened.updatedAt }, 'Mine');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'conflict', field: 'expectedUpdatedAt', current: theirs });
    expect(thrown(() => t.save({ id: opened.id, personId: t.ana.id }, 'Mine'))).toMatchObject({ code: 'invalid_input', field: 'expectedUpdatedAt' });
    expect(t.matters.listFor(t.ana.id)).toEqual([theirs]);
  });
});
