import type { PersonalDetail } from '../../../../shared/details';
import { written } from '../../../app/data-changes';
import { deleteWithUndo } from '../../../app/record-actions';
import { detailInput, type DetailDraft } from './detail-form';
import type { EditedRecord } from '../../../ui/forms/form-values';

/** Family, pets, hobbies and what is good to know about someone. */

export function saveDetail(draft: DetailDraft, personId: string, edited: EditedRecord | null = null): Promise<PersonalDetail> {
  return written('details.save', detailInput(draft, personId, edited));
}

export function removeDetail(detail: PersonalDetail): Promise<boolean> {
  return deleteWithUndo('details.delete', detail.id, `Removed ${detail.name}.`, () =>
    written('details.save', {
      personId: detail.personId,
      kind: detail.kind,
      name: detail.name,
      relation: detail.relation,
      birthday: detail.birthday,
      note: detail.note,
    }),
  );
}
