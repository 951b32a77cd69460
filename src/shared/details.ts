import * as v from 'valibot';
import { EDIT_ENTRIES } from './edit-version';
import { ById, Id, optionalLocalDate, optionalText, requiredText } from './fields';
import { TEXT_MAX } from './limits';
import type { MethodTable } from './method-table';

/** Family members, pets, hobbies, passions, things good to know. */

export const DETAIL_KINDS = ['family', 'pet', 'hobby', 'passion', 'good_to_know'] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];

export const DetailSaveInput = v.strictObject({
  ...EDIT_ENTRIES,
  personId: Id,
  kind: v.picklist(DETAIL_KINDS, 'Choose family, pet, hobby, passion or good to know.'),
  /** A family member's or pet's name, or the hobby / passion / thing worth knowing. */
  name: requiredText('Name', 300),
  relation: optionalText('Relation', 100),
  birthday: optionalLocalDate(),
  note: optionalText('Note', TEXT_MAX),
});

export interface PersonalDetail {
  id: string;
  personId: string;
  kind: DetailKind;
  name: string;
  relation: string | null;
  birthday: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export const detailsMethods = {
  /** Add or edit a family member, pet, hobby, passion or thing good to know. */
  'details.save': { input: DetailSaveInput, touches: ['profile'] },
  'details.delete': { input: ById, touches: ['profile'] },
} as const satisfies MethodTable;

export interface DetailsResults {
  'details.save': PersonalDetail;
  'details.delete': null;
}
