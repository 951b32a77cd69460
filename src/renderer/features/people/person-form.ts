import type { MethodInput } from '../../../shared/contract';
import type { Person } from '../../../shared/people';
import { DEFAULT_CADENCE_DAYS } from '../../../shared/settings-defaults';
import type { ApiError } from '../../../shared/result';
import { editOf, type EditedRecord } from '../../ui/forms/form-values';

/**
 * The "Add / edit person" form as plain data. Inputs are kept as the text the user typed, so a
 * rejected save never loses anything; the contract (not this file) decides what is valid.
 */
export interface PersonDraft {
  name: string;
  preferredName: string;
  pronunciation: string;
  role: string;
  team: string;
  email: string;
  /** `YYYY-MM-DD` from <input type="date">, or '' when empty. */
  startedOn: string;
  cadenceDays: string;
}

export type PersonField = keyof PersonDraft;

export const PERSON_FIELDS: readonly PersonField[] = [
  'name',
  'preferredName',
  'pronunciation',
  'role',
  'team',
  'email',
  'startedOn',
  'cadenceDays',
];

/** A new person's form; the cadence starts at the leader's default (Settings → New people). */
export function emptyDraft(cadenceDays: number = DEFAULT_CADENCE_DAYS): PersonDraft {
  return {
    name: '',
    preferredName: '',
    pronunciation: '',
    role: '',
    team: '',
    email: '',
    startedOn: '',
    cadenceDays: String(cadenceDays),
  };
}

export function draftFromPerson(person: Person): PersonDraft {
  return {
    name: person.name,
    preferredName: person.preferredName ?? '',
    pronunciation: person.pronunciation ?? '',
    role: person.role ?? '',
    team: person.team ?? '',
    email: person.email ?? '',
    startedOn: person.startedOn ?? '',
    cadenceDays: String(person.cadenceDays),
  };
}

/**
 * The whole record for `people.save` (the contract clears omitted optional fields on update).
 * A blank or non-numeric cadence becomes NaN rather than the default, so the contract answers
 * "Cadence must be a number of days." instead of silently saving 7.
 */
export function saveInputFrom(draft: PersonDraft, edited: EditedRecord | null = null): MethodInput<'people.save'> {
  const cadence = draft.cadenceDays.trim();
  return {
    ...editOf(edited),
    name: draft.name,
    preferredName: draft.preferredName,
    pronunciation: draft.pronunciation,
    role: draft.role,
    team: draft.team,
    email: draft.email,
    startedOn: draft.startedOn,
    cadenceDays: cadence === '' ? Number.NaN : Number(cadence),
  };
}

/** The fields as the form labels them, for the review of a save another window overtook. */
export const PERSON_LABELS: Record<PersonField, string> = {
  name: 'Name',
  preferredName: 'Preferred name',
  pronunciation: 'Pronunciation',
  role: 'Role',
  team: 'Team',
  email: 'Email',
  startedOn: 'Started on',
  cadenceDays: 'Cadence',
};

export function isPersonField(field: string | undefined): field is PersonField {
  return field !== undefined && (PERSON_FIELDS as readonly string[]).includes(field);
}

/** Where a failed save's sentence belongs: beside one field, or at the top of the form. */
export type FormProblem = { field: PersonField; message: string } | { field: null; message: string };

export function problemFrom(error: ApiError): FormProblem {
  if (error.code === 'invalid_input' && isPersonField(error.field)) return { field: error.field, message: error.message };
  return { field: null, message: error.message };
}
