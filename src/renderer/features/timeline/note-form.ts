import type { MethodInput } from '../../../shared/contract';
import { NOTE_MAX } from '../../../shared/limits';
import type { Note, NoteKind } from '../../../shared/notes';
import { dayIfGiven, editOf, scaleFrom, type EditedRecord } from '../../ui/forms/form-values';

/**
 * A note as a draft: exactly what was typed, so a refused save loses nothing; the contract (not
 * these functions) decides what is valid.
 */
/** The contract's limit for a note: the same constant, so the counter and the refusal always agree. */
export const NOTE_MAX_CHARS = NOTE_MAX;
/** The counter appears this close to the limit, so it never nags a normal note. */
export const NOTE_COUNTER_FROM = 18_000;

export interface NoteDraft {
  kind: NoteKind;
  notedOn: string;
  body: string;
  /** '' when not noted, else '1'…'5'. */
  mood: string;
  energy: string;
}
export const NOTE_FIELDS = ['kind', 'notedOn', 'body', 'mood', 'energy'] as const;

export function noteDraft(note: Note | null, today: string, kind: NoteKind = 'one_on_one'): NoteDraft {
  return {
    kind: note?.kind ?? kind,
    notedOn: note?.notedOn ?? today,
    body: note?.body ?? '',
    mood: note?.mood ? String(note.mood) : '',
    energy: note?.energy ? String(note.energy) : '',
  };
}

export function noteInput(draft: NoteDraft, personId: string, edited: EditedRecord | null = null): MethodInput<'notes.save'> {
  return {
    ...editOf(edited),
    personId,
    kind: draft.kind,
    ...dayIfGiven(draft.notedOn),
    body: draft.body,
    mood: scaleFrom(draft.mood),
    energy: scaleFrom(draft.energy),
  };
}

/** "18,204 / 20,000" near the limit, "204 characters over the limit" past it, else null. */
export function noteCounter(length: number, locale?: string): { text: string; over: boolean } | null {
  if (length < NOTE_COUNTER_FROM) return null;
  const n = (value: number) => value.toLocaleString(locale);
  if (length > NOTE_MAX_CHARS) {
    const over = length - NOTE_MAX_CHARS;
    return { text: `${n(over)} ${over === 1 ? 'character' : 'characters'} over the limit`, over: true };
  }
  return { text: `${n(length)} / ${n(NOTE_MAX_CHARS)}`, over: false };
}
