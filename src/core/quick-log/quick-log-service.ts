import type { ParsedInput } from '../../shared/contract';
import type { QuickLogEntry, QuickLogPreview, QuickLogSaved } from '../../shared/quick-log';
import { localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { TendError } from '../errors';
import type { CommitmentsService } from '../commitments/commitments-service';
import type { InvestmentsService } from '../investments/investments-service';
import type { NotesService } from '../notes/notes-service';
import type { TalkingPointsService } from '../talking-points/talking-points-service';
import type { PersonName } from './match-person';
import { parseQuickLog } from './parse-quick-log';

export interface QuickLogWriters {
  investments: InvestmentsService;
  commitments: CommitmentsService;
  talkingPoints: TalkingPointsService;
  notes: NotesService;
}

/** The one-line quick log: the pure parser over the active team, then one write through the features' services. */
export function createQuickLogService(db: Database, clock: Clock, writers: QuickLogWriters) {
  function activePeople(): PersonName[] {
    return db.all<PersonName>('SELECT id, name, preferred_name AS preferredName FROM people WHERE archived_at IS NULL');
  }

  function parse(input: ParsedInput<'quickLog.parse'>) {
    const people = activePeople();
    const parsed = parseQuickLog(input.line, { today: localDay(clock), people, ...(input.personId ? { personId: input.personId } : {}) });
    const nameOf = (entry: QuickLogEntry) => people.find((p) => p.id === entry.personId)?.name ?? '';
    return { parsed, nameOf };
  }

  return {
    preview(input: ParsedInput<'quickLog.parse'>): QuickLogPreview {
      const { parsed, nameOf } = parse(input);
      return parsed.type === 'error' ? parsed : { ...parsed, personName: nameOf(parsed) };
    },
    /** Parses again here (never trusting a preview) and writes the entry in one transaction. */
    save(input: ParsedInput<'quickLog.save'>): QuickLogSaved {
      return db.transaction(() => {
        const { parsed, nameOf } = parse(input);
        if (parsed.type === 'error') throw new TendError('invalid_input', parsed.message, parsed.field, parsed.candidates);
        const personName = nameOf(parsed);
        switch (parsed.type) {
          case 'investment': {
            const { personId, day, minutes, kind, note } = parsed;
            return { type: 'investment', personName, investment: writers.investments.write({ personId, day, minutes, kind, note }) };
          }
          case 'commitment': {
            const { personId, text, owner, dueOn } = parsed;
            return { type: 'commitment', personName, commitment: writers.commitments.write({ personId, text, owner, dueOn }) };
          }
          case 'talkingPoint':
            return { type: 'talkingPoint', personName, talkingPoint: writers.talkingPoints.write({ personId: parsed.personId, text: parsed.text }) };
          case 'note':
            return { type: 'note', personName, note: writers.notes.save({ personId: parsed.personId, kind: 'observation', body: parsed.text, mood: null, energy: null }) };
        }
      });
    },
  };
}

export type QuickLogService = ReturnType<typeof createQuickLogService>;
