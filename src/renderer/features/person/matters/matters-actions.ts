import type { Matter } from '../../../../shared/matters';
import { written } from '../../../app/data-changes';
import { deleteWithUndo } from '../../../app/record-actions';
import { matterInput, type MatterDraft } from './matter-form';
import type { EditedRecord } from '../../../ui/forms/form-values';

/** What matters to someone: saved as typed; removed at once with an Undo. */

export function saveMatter(draft: MatterDraft, personId: string, edited: EditedRecord | null = null): Promise<Matter> {
  return written('matters.save', matterInput(draft, personId, edited));
}

export function removeMatter(matter: Matter): Promise<boolean> {
  return deleteWithUndo('matters.delete', matter.id, `Removed “${matter.what}”.`, () =>
    written('matters.save', { personId: matter.personId, what: matter.what, why: matter.why, notedOn: matter.notedOn }),
  );
}
