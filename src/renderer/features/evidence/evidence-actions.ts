import type { EvidencePack, EvidenceSection } from '../../../shared/evidence';
import { call } from '../../app/api';

/** The evidence pack's calls to the core: the view only calls these. */

export interface EvidencePeriod {
  from?: string;
  to?: string;
}

export function loadEvidence(personId: string, period: EvidencePeriod): Promise<EvidencePack> {
  return call('evidence.forPerson', { personId, ...period });
}

export function evidenceMarkdown(personId: string, period: EvidencePeriod, sections: readonly EvidenceSection[]): Promise<string> {
  return call('evidence.markdown', { personId, ...period, sections: [...sections] });
}
