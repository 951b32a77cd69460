import type { commitmentsMethods } from '../../shared/commitments';
import type { HandlersOf } from '../compose-handlers';
import type { CommitmentsService } from './commitments-service';

export function commitmentsHandlers(commitments: CommitmentsService): HandlersOf<typeof commitmentsMethods> {
  return {
    'commitments.list': (input) => commitments.list(input),
    'commitments.save': (input) => commitments.save(input),
    'commitments.complete': (input) => commitments.complete(input),
    'commitments.drop': (input) => commitments.drop(input),
    'commitments.reopen': ({ id }) => commitments.reopen(id),
    'commitments.delete': ({ id }) => (commitments.delete(id), null),
  };
}
