import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { PersonSaveInput, type Person } from '../../../../src/shared/people';
import { draftFromPerson, emptyDraft, problemFrom, saveInputFrom } from '../../../../src/renderer/features/people/person-form';

const PERSON: Person = {
  id: '0b6f1c3e-6a0e-4c8e-9a53-2f1f6d3c9b10',
  name: 'Priya Natarajan',
  preferredName: 'Priya',
  pronunciation: null,
  role: 'Staff engineer',
  team: null,
  email: null,
  startedOn: '2021-03-15',
  cadenceDays: 14,
  maxDays: null,
  snoozedUntil: null,
  isSample: false,
  archivedAt: null,
  createdAt: '2026-11-23T14:00:00.000Z',
  updatedAt: '2026-11-23T14:00:00.000Z',
};

function firstIssue(input: unknown): { message: string; key: string | undefined } | null {
  const result = v.safeParse(PersonSaveInput, input);
  if (result.success) return null;
  const issue = result.issues[0];
  return { message: issue.message, key: issue.path?.map((item) => String(item.key)).join('.') };
}

describe('the person form', () => {
  it('starts a new person with the default cadence and nothing else', () => {
    expect(emptyDraft()).toEqual({
      name: '',
      preferredName: '',
      pronunciation: '',
      role: '',
      team: '',
      email: '',
      startedOn: '',
      cadenceDays: '7',
    });
  });

  it('sends the whole record on edit, with the version it edits, so cleared fields are cleared', () => {
    const draft = { ...draftFromPerson(PERSON), preferredName: '' };
    const input = saveInputFrom(draft, PERSON);
    expect(input).toEqual({
      id: PERSON.id,
      expectedUpdatedAt: PERSON.updatedAt,
      name: 'Priya Natarajan',
      preferredName: '',
      pronunciation: '',
      role: 'Staff engineer',
      team: '',
      email: '',
      startedOn: '2021-03-15',
      cadenceDays: 14,
    });
    expect(v.parse(PersonSaveInput, input)).toMatchObject({ preferredName: null, team: null, email: null, cadenceDays: 14 });
  });

  it('leaves out the id when adding someone', () => {
    expect(saveInputFrom({ ...emptyDraft(), name: 'Sam' })).not.toHaveProperty('id');
  });

  it('lets the contract reject a blank cadence instead of quietly saving the default', () => {
    const input = saveInputFrom({ ...emptyDraft(), name: 'Sam', cadenceDays: '  ' });
    expect(firstIssue(input)).toEqual({ message: 'Cadence must be a number of days.', key: 'cadenceDays' });
  });

  it('places a field error beside its field and anything else at the top', () => {
    expect(problemFrom({ code: 'invalid_input', message: 'Name cannot be empty.', field: 'name' })).toEqual({
      field: 'name',
      message: 'Name cannot be empty.',
    });
    expect(problemFrom({ code: 'conflict', message: 'Sam is archived.', field: 'id' })).toEqual({
      field: null,
      message: 'Sam is archived.',
    });
    expect(problemFrom({ code: 'invalid_input', message: '"x" is not a field this call accepts.', field: 'x' })).toEqual({
      field: null,
      message: '"x" is not a field this call accepts.',
    });
  });
});
