import type { prepMethods } from '../../shared/prep';
import type { HandlersOf } from '../compose-handlers';
import type { PrepService } from './prep-service';

export function prepHandlers(prep: PrepService): HandlersOf<typeof prepMethods> {
  return {
    'prep.forPerson': (input) => prep.forPerson(input),
    'prep.thisWeek': (input) => prep.thisWeek(input),
    'prep.dismissQuestion': (input) => prep.dismissQuestion(input),
    'prep.finish': (input) => prep.finish(input),
    'prep.markdown': (input) => prep.markdown(input),
  };
}
