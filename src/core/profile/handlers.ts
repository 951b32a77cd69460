import type { PersonProfile, profileMethods } from '../../shared/profile';
import type { HandlersOf } from '../compose-handlers';
import type { DatesService } from '../dates/dates-service';
import type { Database } from '../db/database';
import type { DetailsService } from '../details/details-service';
import type { GoalsService } from '../goals/goals-service';
import type { MattersService } from '../matters/matters-service';
import type { NotesService } from '../notes/notes-service';
import type { PeopleService } from '../people/people-service';

export interface ProfileParts {
  people: PeopleService;
  matters: MattersService;
  goals: GoalsService;
  details: DetailsService;
  dates: DatesService;
  notes: NotesService;
}

/** The Person page's one read: every section but the timeline, from one consistent snapshot. */
export function profileHandlers(db: Database, parts: ProfileParts): HandlersOf<typeof profileMethods> {
  function profileOf(id: string): PersonProfile {
    const person = parts.people.get(id);
    const details = parts.details.listFor(id);
    return {
      person,
      matters: parts.matters.listFor(id),
      goals: parts.goals.listFor(id),
      details,
      dates: parts.dates.listFor(person, details),
      noteCount: parts.notes.count(id),
    };
  }

  return {
    'people.profile': ({ id }) => db.readConsistently(() => profileOf(id)),
  };
}
