import type { MethodInput } from '../../../../shared/contract';
import type { DetailKind, PersonalDetail } from '../../../../shared/details';
import { editOf, type EditedRecord } from '../../../ui/forms/form-values';

/**
 * A personal detail as a draft: exactly what was typed, so a refused save loses nothing; the
 * contract (not these functions) decides what is valid.
 */
export interface DetailDraft {
  kind: DetailKind;
  name: string;
  relation: string;
  birthday: string;
  note: string;
}
export const DETAIL_FIELDS = ['kind', 'name', 'relation', 'birthday', 'note'] as const;

/** Only family members and pets have a relation and a birthday. */
export function hasRelation(kind: DetailKind): boolean {
  return kind === 'family' || kind === 'pet';
}

export function detailDraft(detail: PersonalDetail | null, kind: DetailKind): DetailDraft {
  return {
    kind: detail?.kind ?? kind,
    name: detail?.name ?? '',
    relation: detail?.relation ?? '',
    birthday: detail?.birthday ?? '',
    note: detail?.note ?? '',
  };
}

export function detailInput(draft: DetailDraft, personId: string, edited: EditedRecord | null = null): MethodInput<'details.save'> {
  const personal = hasRelation(draft.kind);
  return {
    ...editOf(edited),
    personId,
    kind: draft.kind,
    name: draft.name,
    relation: personal ? draft.relation : '',
    birthday: personal ? draft.birthday : '',
    note: draft.note,
  };
}
