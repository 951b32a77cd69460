import type { ParsedInput } from '../../shared/contract';
import type { EvidencePack } from '../../shared/evidence';
import { localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { evidenceMarkdown } from './evidence-markdown';
import { evidencePeriod } from './period';
import { readEvidence } from './read-evidence';

/** The review-season evidence pack: read from one snapshot, or written as Markdown. */
export function createEvidenceService(db: Database, clock: Clock) {
  function forPerson({ personId, from, to }: ParsedInput<'evidence.forPerson'>): EvidencePack {
    const period = evidencePeriod(localDay(clock), from, to);
    return db.readConsistently(() => readEvidence(db, personId, period.from, period.to));
  }

  return {
    forPerson,
    markdown: ({ sections, ...period }: ParsedInput<'evidence.markdown'>): string => evidenceMarkdown(forPerson(period), sections),
  };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;
