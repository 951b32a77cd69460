import type { Investment } from '../../../../shared/investments';
import { written } from '../../../app/data-changes';
import { investInput, type InvestDraft } from './invest-form';

/** Time invested in a person: logged as typed. */

export function logInvestment(draft: InvestDraft, personId: string): Promise<Investment> {
  return written('investments.log', investInput(draft, personId));
}
