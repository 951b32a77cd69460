import type { Note } from '../../../shared/notes';
import { written } from '../../app/data-changes';
import { deleteWithUndo } from '../../app/record-actions';
import { noteInput, type NoteDraft } from './note-form';
import type { EditedRecord } from '../../ui/forms/form-values';

/** Notes on the timeline: saved as typed, deleted at once with an Undo. */

export function saveNote(draft: NoteDraft, personId: string, edited: EditedRecord | null = null): Promise<Note> {
  return written('notes.save', noteInput(draft, personId, edited));
}

export function removeNote(note: Note): Promise<boolean> {
  return deleteWithUndo('notes.delete', note.id, 'Note deleted.', () =>
    written('notes.save', { personId: note.personId, kind: note.kind, body: note.body, notedOn: note.notedOn, mood: note.mood, energy: note.energy }),
  );
}
