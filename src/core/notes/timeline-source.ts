import type { Note } from '../../shared/notes';
import { timelineSource } from '../timeline/timeline-source';
import { NOTE_COLUMNS } from './notes-service';

/** Notes on the timeline, paged on `notes_timeline (person_id, noted_on, created_at, id)`. */
export const noteTimelineSource = timelineSource({
  kind: 'note',
  sql: (olderThanCursor) => `
    SELECT ${NOTE_COLUMNS} FROM notes
    WHERE person_id = :personId ${olderThanCursor('noted_on', 'created_at', 'id')}
    ORDER BY noted_on DESC, created_at DESC, id DESC LIMIT :limit`,
  toItem: (note: Note) => ({ type: 'note', id: note.id, day: note.notedOn, createdAt: note.createdAt, note }),
});
