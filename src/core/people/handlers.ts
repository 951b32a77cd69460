import type { peopleMethods } from '../../shared/people';
import type { HandlersOf } from '../compose-handlers';
import type { PeopleService } from './people-service';

export function peopleHandlers(people: PeopleService): HandlersOf<typeof peopleMethods> {
  return {
    'people.list': (input) => people.list(input),
    'people.get': ({ id }) => people.get(id),
    'people.save': (input) => people.save(input),
    'people.archive': ({ id }) => people.archive(id),
    'people.restore': ({ id }) => people.restore(id),
    'people.delete': ({ id, confirmName }) => (people.remove(id, confirmName), null),
  };
}
