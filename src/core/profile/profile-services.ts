import type { PersonProfile } from '../../shared/profile';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import type { Handlers } from '../dispatch';
import type { PeopleService } from '../people/people-service';
import { createDatesService } from './dates-service';
import { createDetailsService } from './details-service';
import { createGoalsService } from './goals-service';
import { createMattersService } from './matters-service';
import { createNotesService } from './notes-service';
import { createOwnership } from './ownership';
import { createTimelineService } from './timeline-service';

type ProfileMethod = Exclude<keyof Handlers, `people.${'list' | 'get' | 'save' | 'archive' | 'restore' | 'delete'}` | 'app.info'>;

/** The services behind the Person page, and their contract handlers. */
export function createProfileServices(db: Database, clock: Clock, people: PeopleService) {
  const ownership = createOwnership(db, people);
  const matters = createMattersService(db, clock, ownership);
  const goals = createGoalsService(db, clock, ownership);
  const details = createDetailsService(db, clock, ownership);
  const dates = createDatesService(db, clock, ownership, people);
  const notes = createNotesService(db, clock, ownership);
  const timeline = createTimelineService(db);

  function profileOf(id: string): PersonProfile {
    const person = people.get(id);
    const personalDetails = details.listFor(id);
    return {
      person,
      matters: matters.listFor(id),
      goals: goals.listFor(id),
      details: personalDetails,
      dates: dates.listFor(person, personalDetails),
      noteCount: notes.count(id),
    };
  }

  const handlers: Pick<Handlers, ProfileMethod> = {
    'people.profile': ({ id }) => db.readConsistently(() => profileOf(id)),
    'matters.save': (input) => matters.save(input),
    'matters.delete': ({ id }) => (matters.delete(id), null),
    'goals.save': (input) => goals.save(input),
    'goals.delete': ({ id }) => (goals.delete(id), null),
    'progress.save': (input) => goals.saveProgress(input),
    'progress.delete': ({ id }) => (goals.deleteProgress(id), null),
    'details.save': (input) => details.save(input),
    'details.delete': ({ id }) => (details.delete(id), null),
    'dates.save': (input) => dates.save(input),
    'dates.delete': ({ id }) => (dates.delete(id), null),
    'dates.saveAnniversary': (input) => dates.saveAnniversary(input),
    'notes.save': (input) => notes.save(input),
    'notes.delete': ({ id }) => (notes.delete(id), null),
    'timeline.page': (input) => {
      const page = timeline.page(input);
      // Someone with items exists; only an empty page needs the lookup that tells "no one" from "nothing yet".
      if (page.items.length === 0) people.get(input.personId);
      return page;
    },
  };
  return { handlers };
}
