import type { evidenceMethods } from '../../shared/evidence';
import type { HandlersOf } from '../compose-handlers';
import type { EvidenceService } from './evidence-service';

export function evidenceHandlers(evidence: EvidenceService): HandlersOf<typeof evidenceMethods> {
  return {
    'evidence.forPerson': (input) => evidence.forPerson(input),
    'evidence.markdown': (input) => evidence.markdown(input),
  };
}
