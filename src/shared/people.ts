import * as v from 'valibot';
import { Id, optionalLocalDate, optionalText, requiredText, wholeDays } from './fields';

export const DEFAULT_CADENCE_DAYS = 7;

export const CadenceDays = wholeDays('Cadence', 1, 365);

/** Create (no id) or update (id) a person. Omitted optional fields are cleared on update: the form sends the whole record. */
export const PersonSaveInput = v.strictObject({
  id: v.optional(Id),
  name: requiredText('Name', 200),
  preferredName: optionalText('Preferred name', 100),
  pronunciation: optionalText('Pronunciation', 200),
  role: optionalText('Role', 200),
  team: optionalText('Team', 200),
  startedOn: optionalLocalDate(),
  cadenceDays: v.optional(CadenceDays, DEFAULT_CADENCE_DAYS),
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
  /** Local calendar day, YYYY-MM-DD. */
  startedOn: string | null;
  cadenceDays: number;
  /** UTC ISO instant, or null while the person is active. */
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}
