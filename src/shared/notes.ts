import * as v from 'valibot';
import { EDIT_ENTRIES } from './edit-version';
import { ById, Id, LocalDate, requiredText } from './fields';
import { NOTE_MAX } from './limits';
import type { MethodTable } from './method-table';

/** Dated markdown notes about a person. */

export const NOTE_KINDS = ['one_on_one', 'observation', 'feedback_praise', 'feedback_constructive', 'other'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

const OneToFive = v.optional(
  v.nullable(
    v.pipe(
      v.number('Use a number from 1 to 5.'),
      v.integer('Use a whole number from 1 to 5.'),
      v.minValue(1, 'Use a number from 1 to 5.'),
      v.maxValue(5, 'Use a number from 1 to 5.'),
    ),
  ),
  null,
);

export const NoteSaveInput = v.strictObject({
  ...EDIT_ENTRIES,
  personId: Id,
  kind: v.optional(v.picklist(NOTE_KINDS, 'Choose a kind of note.'), 'observation'),
  body: requiredText('Note', NOTE_MAX),
  notedOn: v.optional(LocalDate),
  mood: OneToFive,
  energy: OneToFive,
});

export interface Note {
  id: string;
  personId: string;
  kind: NoteKind;
  body: string;
  notedOn: string;
  mood: number | null;
  energy: number | null;
  createdAt: string;
  updatedAt: string;
}

export const notesMethods = {
  /** A dated markdown note about a person (the profile shows how many there are). */
  'notes.save': { input: NoteSaveInput, touches: ['profile', 'timeline'] },
  'notes.delete': { input: ById, touches: ['profile', 'timeline'] },
} as const satisfies MethodTable;

export interface NotesResults {
  'notes.save': Note;
  'notes.delete': null;
}
