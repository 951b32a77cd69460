import * as v from 'valibot';
import { EDIT_ENTRIES } from './edit-version';
import { ById, Id, LocalDate, optionalText, requiredText } from './fields';
import { TEXT_MAX } from './limits';
import type { MethodTable } from './method-table';
import type { Person } from './people';

/** Birthdays, anniversaries and one-off dates, surfaced some days ahead. */

export const DATE_KINDS = ['birthday', 'custom'] as const;
export type DateKind = (typeof DATE_KINDS)[number];
export const DEFAULT_DAYS_AHEAD = 7;

/**
 * The forms show this as "Remind me [n] days ahead", so every refusal names the field that way
 * (issue 7: messages name the field as it is labelled), with the range to type.
 */
export const DAYS_AHEAD_MESSAGE = '“Remind me” must be a whole number of days ahead, from 0 to 90.';
const DaysAhead = v.pipe(
  v.number(DAYS_AHEAD_MESSAGE),
  v.integer(DAYS_AHEAD_MESSAGE),
  v.minValue(0, DAYS_AHEAD_MESSAGE),
  v.maxValue(90, DAYS_AHEAD_MESSAGE),
);

export const ImportantDateSaveInput = v.strictObject({
  ...EDIT_ENTRIES,
  personId: Id,
  kind: v.optional(v.picklist(DATE_KINDS, 'Choose birthday or custom.'), 'custom'),
  /** Ignored for birthdays, which are always titled "Birthday". */
  title: v.optional(requiredText('Title', 200)),
  on: LocalDate,
  /** Birthdays always repeat. */
  yearly: v.optional(v.boolean('Yearly must be true or false.'), false),
  daysAhead: v.optional(DaysAhead, DEFAULT_DAYS_AHEAD),
  note: optionalText('Note', TEXT_MAX),
});

export const AnniversarySaveInput = v.strictObject({ personId: Id, daysAhead: DaysAhead });

export interface ImportantDate {
  /** `anniversary:<personId>` for the work anniversary derived from "started on". */
  id: string;
  personId: string;
  kind: DateKind | 'anniversary' | 'family_birthday';
  title: string;
  on: string;
  yearly: boolean;
  daysAhead: number;
  note: string | null;
  /** Next occurrence on or after today, or null for a one-off date in the past. */
  nextOn: string | null;
  /** Whole local days from today to nextOn. */
  daysUntil: number | null;
  /** Within its daysAhead window. */
  soon: boolean;
  /** The stored date's version (what an edit sends as expectedUpdatedAt); null for one derived from another record. */
  updatedAt: string | null;
  /** For yearly dates with a known first year: the count reached at nextOn (age, years at work). */
  years: number | null;
}

export const datesMethods = {
  /** A birthday or a custom one-off or yearly date, surfaced some days ahead. */
  'dates.save': { input: ImportantDateSaveInput, touches: ['profile'] },
  'dates.delete': { input: ById, touches: ['profile'] },
  /** How many days ahead the work anniversary (from "started on") is surfaced; stored on the person. */
  'dates.saveAnniversary': { input: AnniversarySaveInput, touches: ['people', 'profile'] },
} as const satisfies MethodTable;

export interface DatesResults {
  'dates.save': ImportantDate;
  'dates.delete': null;
  'dates.saveAnniversary': Person;
}
