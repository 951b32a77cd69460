import type { Note } from '../../../shared/notes';
import { written } from '../../app/data-changes';
import { deleteWithUndo } from '../../app/record-actions';
import { noteInput, type NoteDraft } from './note-form';

/** Notes on the timeline: saved as typed, deleted at once with an Undo. */

export function saveNote(draft: NoteDraft, personId: string, id?: string): Promise<Note> {
  return written('notes.save', noteInput(draft, personId, id));
}

export function removeNote(note: Note): Promise<boolean> {
  return deleteWithUndo('notes.delete', note.id, 'Note deleted.', () =>
    written('notes.save', { personId: note.personId, kind: note.kind, body: note.body, notedOn: note.notedOn, mood: note.mood, energy: note.energy }),
  );
}
