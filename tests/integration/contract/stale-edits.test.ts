import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../../src/shared/contract';
import type { Goal } from '../../../src/shared/goals';
import type { StaleRecord } from '../../../src/shared/result';
import { entriesOf, unwrap, writeMethods } from '../../fixtures/contract-schemas';
import { withPerson } from '../../fixtures/with-person';
import { expectError, expectOk } from '../../fixtures/results';

/**
 * Two windows editing one record: every save that edits a record by id (issue 19) refuses a save
 * made from a stale copy with a `conflict` carrying the current record, and refuses an edit that
 * names no version. The contract is walked for every write whose input takes an optional `id`, so a
 * new create-or-edit save fails here until it has a case (and the version check) of its own.
 */

interface Seeded {
  personId: string;
  goalId: string;
}

interface EditCase {
  /** What creates a record; the edits repeat it with an id, a version and `change`. */
  create: (seeded: Seeded) => Record<string, unknown>;
  /** Two different edits of one free-text field: the first window's, then the stale window's. */
  change: (n: 1 | 2) => Record<string, unknown>;
  /** The edited record's id and version in what the save returns (a progress note's save returns its goal). */
  version?: (value: unknown, id?: string) => StaleRecord;
}

const CASES: Record<string, EditCase> = {
  'people.save': { create: () => ({ name: 'Ana Lima' }), change: (n) => ({ name: `Ana Lima ${n}` }) },
  'matters.save': { create: (s) => ({ personId: s.personId, what: 'Autonomy' }), change: (n) => ({ what: `Autonomy ${n}` }) },
  'goals.save': {
    create: (s) => ({ personId: s.personId, kind: 'goal', sphere: 'professional', title: 'Lead the launch' }),
    change: (n) => ({ title: `Lead the launch ${n}` }),
  },
  'progress.save': {
    create: (s) => ({ goalId: s.goalId, body: 'Drafted the plan' }),
    change: (n) => ({ body: `Drafted the plan ${n}` }),
    version: (value, id) => {
      const progress = (value as Goal).progress;
      const note = id === undefined ? progress[0] : progress.find((p) => p.id === id);
      if (!note) throw new Error('the goal came back without the progress note');
      return note;
    },
  },
  'details.save': { create: (s) => ({ personId: s.personId, kind: 'hobby', name: 'Climbing' }), change: (n) => ({ name: `Climbing ${n}` }) },
  'dates.save': { create: (s) => ({ personId: s.personId, kind: 'custom', title: 'Moves house', on: '2026-12-10' }), change: (n) => ({ title: `Moves house ${n}` }) },
  'notes.save': { create: (s) => ({ personId: s.personId, body: 'Calm in the review' }), change: (n) => ({ body: `Calm in the review ${n}` }) },
  'investments.log': { create: (s) => ({ personId: s.personId, minutes: 30 }), change: (n) => ({ note: `Walked through the plan ${n}` }) },
  'commitments.save': { create: (s) => ({ personId: s.personId, text: 'Send the rubric' }), change: (n) => ({ text: `Send the rubric ${n}` }) },
  'talkingPoints.save': { create: (s) => ({ personId: s.personId, text: 'Promotion timeline' }), change: (n) => ({ text: `Promotion timeline ${n}` }) },
};

/** Writes whose input takes an optional `id`: they create without one and edit the record with it. */
function editingSaves(): MethodName[] {
  return writeMethods().filter((method) => {
    const id = entriesOf(method).id;
    return id !== undefined && unwrap(id).optional;
  });
}

describe('every save that edits a record refuses a stale version', () => {
  it('finds the create-or-edit saves, and each takes the version it edits', () => {
    expect(editingSaves().sort()).toEqual(Object.keys(CASES).sort());
    for (const method of editingSaves()) expect(entriesOf(method), method).toHaveProperty('expectedUpdatedAt');
  });

  it.each(editingSaves())('%s: a stale save answers conflict with the current record and changes nothing', async (method) => {
    const edit = CASES[method];
    if (!edit) throw new Error(`${method} edits a record by id but has no case here: add one, and make its service check the version.`);
    const { tend, person } = await withPerson();
    const goal = expectOk(await tend.dispatch('goals.save', { personId: person.id, kind: 'goal', sphere: 'personal', title: 'Run 10k' }));
    const create = edit.create({ personId: person.id, goalId: goal.id });
    const versionOf = edit.version ?? ((value: unknown) => value as StaleRecord);
    const dispatch = (input: Record<string, unknown>) => tend.dispatch(method, input);

    const opened = versionOf(expectOk(await dispatch(create)));
    // Both windows opened the same version; the first saves, then the second from its stale copy.
    const first = versionOf(expectOk(await dispatch({ ...create, ...edit.change(1), id: opened.id, expectedUpdatedAt: opened.updatedAt })), opened.id);
    expect(first.updatedAt).not.toBe(opened.updatedAt);
    const stale = expectError(await dispatch({ ...create, ...edit.change(2), id: opened.id, expectedUpdatedAt: opened.updatedAt }));
    expect(stale).toMatchObject({ code: 'conflict', field: 'expectedUpdatedAt', current: { id: opened.id, updatedAt: first.updatedAt, ...edit.change(1) } });

    const unnamed = expectError(await dispatch({ ...create, ...edit.change(2), id: opened.id }));
    expect(unnamed).toMatchObject({ code: 'invalid_input', field: 'expectedUpdatedAt' });

    // Reviewed: saving over the version the conflict carried goes through.
    const mine = versionOf(expectOk(await dispatch({ ...create, ...edit.change(2), id: opened.id, expectedUpdatedAt: first.updatedAt })), opened.id);
    expect(mine).toMatchObject(edit.change(2));
  });
});
