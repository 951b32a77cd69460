import type { searchMethods } from '../../shared/search';
import type { Clock } from '../clock';
import type { HandlersOf } from '../compose-handlers';
import type { Database } from '../db/database';
import { createSearchService } from './search-service';

export function searchHandlers(db: Database, clock: Clock): HandlersOf<typeof searchMethods> {
  const search = createSearchService(db, clock);
  return {
    'search.query': (input) => search.query(input),
  };
}
