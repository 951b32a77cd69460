import type { MethodInput } from '../../../../shared/contract';
import { DEFAULT_INVESTMENT_KIND, type InvestmentKind } from '../../../../shared/investments';
import { numberFrom } from '../../../ui/forms/form-values';

/** Time invested as typed; the contract decides what is valid. */
export interface InvestDraft {
  minutes: string;
  kind: InvestmentKind;
  day: string;
  note: string;
}
export const INVEST_FIELDS = ['minutes', 'kind', 'day', 'note'] as const;

export function investDraft(today: string): InvestDraft {
  return { minutes: '30', kind: DEFAULT_INVESTMENT_KIND, day: today, note: '' };
}

export function investInput(draft: InvestDraft, personId: string): MethodInput<'investments.log'> {
  return {
    personId,
    minutes: numberFrom(draft.minutes),
    kind: draft.kind,
    ...(draft.day.trim() === '' ? {} : { day: draft.day }),
    note: draft.note,
  };
}
