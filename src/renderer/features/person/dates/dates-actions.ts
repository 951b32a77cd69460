import type { ImportantDate } from '../../../../shared/dates';
import { written } from '../../../app/data-changes';
import { deleteWithUndo } from '../../../app/record-actions';
import { anniversaryInput, dateInput, type DateDraft } from './date-form';
import type { EditedRecord } from '../../../ui/forms/form-values';

/** Birthdays, one-off and yearly dates, and the work anniversary's reminder. */

export function saveDate(draft: DateDraft, personId: string, edited: EditedRecord | null = null): Promise<ImportantDate> {
  return written('dates.save', dateInput(draft, personId, edited));
}

export async function saveAnniversary(daysAhead: string, personId: string): Promise<void> {
  await written('dates.saveAnniversary', anniversaryInput(daysAhead, personId));
}

/** Only stored dates (a birthday, a custom date) can be removed; the others come from elsewhere. */
export function removeDate(date: ImportantDate): Promise<boolean> {
  const birthday = date.kind === 'birthday';
  return deleteWithUndo('dates.delete', date.id, `Removed ${date.title}.`, () =>
    written('dates.save', {
      personId: date.personId,
      kind: birthday ? 'birthday' : 'custom',
      ...(birthday ? {} : { title: date.title }),
      on: date.on,
      yearly: date.yearly,
      daysAhead: date.daysAhead,
      note: date.note,
    }),
  );
}
