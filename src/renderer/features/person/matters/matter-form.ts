import type { MethodInput } from '../../../../shared/contract';
import type { Matter } from '../../../../shared/matters';
import { dayIfGiven, editOf, type EditedRecord } from '../../../ui/forms/form-values';

/**
 * What matters as a draft: exactly what was typed, so a refused save loses nothing; the contract
 * (not these functions) decides what is valid.
 */
export interface MatterDraft {
  what: string;
  why: string;
  notedOn: string;
}
export const MATTER_FIELDS = ['what', 'why', 'notedOn'] as const;

export function matterDraft(matter: Matter | null, today: string): MatterDraft {
  return { what: matter?.what ?? '', why: matter?.why ?? '', notedOn: matter?.notedOn ?? today };
}

export function matterInput(draft: MatterDraft, personId: string, edited: EditedRecord | null = null): MethodInput<'matters.save'> {
  return { ...editOf(edited), personId, what: draft.what, why: draft.why, ...dayIfGiven(draft.notedOn) };
}
