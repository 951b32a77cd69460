import type { journalMethods } from '../../shared/journal';
import type { HandlersOf } from '../compose-handlers';
import type { JournalService } from './journal-service';

export function journalHandlers(journal: JournalService): HandlersOf<typeof journalMethods> {
  return {
    'journal.get': (input) => journal.get(input),
    'journal.save': (input) => journal.save(input),
    'journal.month': (input) => journal.month(input),
    'journal.onThisDay': (input) => journal.onThisDay(input),
    'journal.logMentioned': (input) => journal.logMentioned(input),
    'journal.entries': (input) => journal.entries(input),
  };
}
