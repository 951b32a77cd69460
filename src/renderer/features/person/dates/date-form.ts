import type { MethodInput } from '../../../../shared/contract';
import { DEFAULT_DAYS_AHEAD, type ImportantDate } from '../../../../shared/dates';
import { editOf, numberFrom, type EditedRecord } from '../../../ui/forms/form-values';

/**
 * An important date, and the work anniversary’s reminder, as a draft: exactly what was typed, so a
 * refused save loses nothing; the contract (not these functions) decides what is valid.
 */
export interface DateDraft {
  kind: 'birthday' | 'custom';
  title: string;
  on: string;
  yearly: boolean;
  daysAhead: string;
  note: string;
}
export const DATE_FIELDS = ['kind', 'title', 'on', 'yearly', 'daysAhead', 'note'] as const;

export function dateDraft(date: ImportantDate | null, kind: 'birthday' | 'custom'): DateDraft {
  const storedKind = date?.kind === 'birthday' || date?.kind === 'custom' ? date.kind : kind;
  return {
    kind: storedKind,
    title: storedKind === 'birthday' ? '' : (date?.title ?? ''),
    on: date?.on ?? '',
    yearly: date?.yearly ?? storedKind === 'birthday',
    daysAhead: String(date?.daysAhead ?? DEFAULT_DAYS_AHEAD),
    note: date?.note ?? '',
  };
}

export function dateInput(draft: DateDraft, personId: string, edited: EditedRecord | null = null): MethodInput<'dates.save'> {
  const birthday = draft.kind === 'birthday';
  return {
    ...editOf(edited),
    personId,
    kind: draft.kind,
    // The contract ignores a birthday's title; a custom date's blank title is its to refuse.
    ...(birthday ? {} : { title: draft.title }),
    on: draft.on,
    yearly: birthday || draft.yearly,
    daysAhead: numberFrom(draft.daysAhead),
    note: draft.note,
  };
}

export function anniversaryInput(daysAhead: string, personId: string): MethodInput<'dates.saveAnniversary'> {
  return { personId, daysAhead: numberFrom(daysAhead) };
}
