import * as v from 'valibot';
import { EDIT_ENTRIES } from './edit-version';
import { ById, Id, optionalLocalDate, optionalText, requiredText, untrimmedText, wholeDays } from './fields';
import type { MethodTable } from './method-table';

/** The people a leader leads: the team list, archiving and explicit deletion. */

export { DEFAULT_CADENCE_DAYS } from './settings-defaults';

export const CadenceDays = wholeDays('Cadence', 1, 365);
/** The longest gap the leader allows before a person is overdue; the service refuses one below the cadence. */
export const MaxDays = wholeDays('Maximum', 1, 730);

const EMAIL_MESSAGE = 'Email must be an address like sam@example.com.';
/**
 * A person's work address, to know them among a calendar event's attendees (issue 22). Optional:
 * blank is no address. Only its shape is checked; nothing is ever sent to it.
 */
export const OptionalEmail = v.optional(
  v.nullable(
    v.pipe(
      // The text rules first: a control character is no part of an address, and the shape check lets it through.
      untrimmedText('Email'),
      v.trim(),
      v.maxLength(254, 'Email must be 254 characters or fewer.'),
      v.regex(/^$|^[^\s@<>(),;:"\\]+@[^\s@<>(),;:"\\]+\.[^\s@<>(),;:"\\]+$/, EMAIL_MESSAGE),
      v.transform((s): string | null => (s === '' ? null : s)),
    ),
  ),
  null,
);

/**
 * Create (no id) or update (id) a person. Omitted optional fields are cleared on update: the form
 * sends the whole record. An omitted cadence or maximum takes the Settings defaults for new people.
 */
export const PersonSaveInput = v.strictObject({
  ...EDIT_ENTRIES,
  name: requiredText('Name', 200),
  preferredName: optionalText('Preferred name', 100),
  pronunciation: optionalText('Pronunciation', 200),
  role: optionalText('Role', 200),
  team: optionalText('Team', 200),
  email: OptionalEmail,
  startedOn: optionalLocalDate(),
  cadenceDays: v.optional(CadenceDays),
  /** Null: twice the cadence. Must be at least the cadence. */
  maxDays: v.optional(v.nullable(MaxDays)),
});

export const PeopleListInput = v.optional(
  v.strictObject({ includeArchived: v.optional(v.boolean('includeArchived must be true or false.'), false) }),
  { includeArchived: false },
);

export interface Person {
  id: string;
  name: string;
  preferredName: string | null;
  pronunciation: string | null;
  role: string | null;
  team: string | null;
  /** Work address, to match calendar attendees; null when not known. */
  email: string | null;
  /** Local calendar day, YYYY-MM-DD. */
  startedOn: string | null;
  cadenceDays: number;
  /** The longest gap the leader allows; null means twice the cadence. */
  maxDays: number | null;
  /** Paused through this local day (inclusive), or null. */
  snoozedUntil: string | null;
  /** Part of the removable sample team. */
  isSample: boolean;
  /** UTC ISO instant, or null while the person is active. */
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const PersonDeleteInput = v.strictObject({
  id: Id,
  /** Deleting is explicit: the caller repeats the person's name as confirmation. */
  confirmName: v.string('Type the person’s name to confirm.'),
});

export const peopleMethods = {
  /** Active people by name; archived ones too when asked. */
  'people.list': { input: PeopleListInput, touches: [] },
  /** One person by id, archived or not. */
  'people.get': { input: ById, touches: [] },
  /** Create a person (no id) or update one (id); returns the stored record. */
  'people.save': { input: PersonSaveInput, touches: ['people', 'profile'] },
  /** Hide a person from the team and reminders, keeping all their history. */
  'people.archive': { input: ById, touches: ['people', 'profile'] },
  /** Bring an archived person back to the team. */
  'people.restore': { input: ById, touches: ['people', 'profile'] },
  /** Delete a person and every record about them, confirmed by repeating their name. */
  'people.delete': { input: PersonDeleteInput, touches: ['people', 'profile', 'timeline'] },
} as const satisfies MethodTable;

export interface PeopleResults {
  'people.list': Person[];
  'people.get': Person;
  'people.save': Person;
  'people.archive': Person;
  'people.restore': Person;
  'people.delete': null;
}
