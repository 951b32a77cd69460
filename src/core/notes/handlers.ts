import type { notesMethods } from '../../shared/notes';
import type { HandlersOf } from '../compose-handlers';
import type { NotesService } from './notes-service';

export function notesHandlers(notes: NotesService): HandlersOf<typeof notesMethods> {
  return {
    'notes.save': (input) => notes.save(input),
    'notes.delete': ({ id }) => (notes.delete(id), null),
  };
}
