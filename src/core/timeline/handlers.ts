import type { timelineMethods } from '../../shared/timeline';
import type { HandlersOf } from '../compose-handlers';
import type { Database } from '../db/database';
import type { PeopleService } from '../people/people-service';
import { TIMELINE_SOURCES } from './sources';
import { createTimelineService } from './timeline-service';

export function timelineHandlers(db: Database, people: PeopleService): HandlersOf<typeof timelineMethods> {
  const timeline = createTimelineService(db, Object.values(TIMELINE_SOURCES));
  return {
    'timeline.page': (input) => {
      const page = timeline.page(input);
      // Someone with items exists; only an empty page needs the lookup that tells "no one" (not_found) from "nothing yet".
      if (page.items.length === 0) people.get(input.personId);
      return page;
    },
  };
}
