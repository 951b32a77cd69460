import type { investmentsMethods } from '../../shared/investments';
import type { HandlersOf } from '../compose-handlers';
import type { InvestmentsService } from './investments-service';

export function investmentsHandlers(investments: InvestmentsService): HandlersOf<typeof investmentsMethods> {
  return {
    'investments.log': (input) => investments.log(input),
    'investments.delete': ({ id }) => (investments.delete(id), null),
  };
}
