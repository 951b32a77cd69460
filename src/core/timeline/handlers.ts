import type { timelineMethods } from '../../shared/timeline';
import type { HandlersOf } from '../compose-handlers';
import type { Database } from '../db/database';
import type { PeopleService } from '../people/people-service';
import { TIMELINE_SOURCES } from './sources';
import { createTimelineService } from './timeline-service';

export function timelineHandlers(db: Database, people: PeopleService): HandlersOf<typeof timelineMethods> {
  const timeline = createTimelineService(db, Object.values(TIMELINE_SOURCES));
  return {
    // An unknown person is not_found, not an empty timeline.
    'timeline.page': (input) => (people.get(input.personId), timeline.page(input)),
  };
}
