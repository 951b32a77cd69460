import { up as people } from './001-people';
import { up as personProfile } from './002-person-profile';
import { up as invest } from './003-invest';
import { up as noteCount } from './004-note-count';
import { up as reminders } from './005-reminders';
import { up as journalPrep } from './006-journal-prep';
import { up as attentionIndexes } from './007-attention-indexes';
import { up as lastInvestments } from './008-last-investments';
import { up as search } from './009-search';
import { up as insightsIndex } from './010-insights-index';
import { up as progressVersions } from './011-progress-versions';
import { up as insightsByPerson } from './012-insights-by-person';
import { up as schedule } from './013-schedule';
import { up as searchPrefixes } from './014-search-prefixes';
import { up as privateState } from './015-private-state';
import { up as insightsPackedDay } from './016-insights-packed-day';
import { up as insightsMonths } from './017-insights-months';
import { up as searchVocab } from './018-search-vocab';
import { up as insightsOpenPromises } from './019-insights-open-promises';
import { up as searchInsertTriggers } from './020-search-insert-triggers';
import { up as insightsOutcomes } from './021-insights-outcomes';

export interface Migration {
  /** Schema version after this migration; equals its 1-based position in the list. */
  version: number;
  name: string;
  up: string;
  /** It builds the search index from existing data: the preparing screen says so (issue 23). */
  buildsSearchIndex?: boolean;
}

/** Newest last. Never edit a migration that has shipped; add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'people', up: people },
  { version: 2, name: 'person-profile', up: personProfile },
  { version: 3, name: 'invest', up: invest },
  { version: 4, name: 'note-count', up: noteCount },
  { version: 5, name: 'reminders', up: reminders },
  { version: 6, name: 'journal-prep', up: journalPrep },
  { version: 7, name: 'attention-indexes', up: attentionIndexes },
  { version: 8, name: 'last-investments', up: lastInvestments },
  { version: 9, name: 'search', up: search, buildsSearchIndex: true },
  { version: 10, name: 'insights-index', up: insightsIndex },
  { version: 11, name: 'progress-versions', up: progressVersions },
  { version: 12, name: 'insights-by-person', up: insightsByPerson },
  { version: 13, name: 'schedule', up: schedule },
  { version: 14, name: 'search-prefixes', up: searchPrefixes, buildsSearchIndex: true },
  { version: 15, name: 'private-state', up: privateState },
  { version: 16, name: 'insights-packed-day', up: insightsPackedDay },
  { version: 17, name: 'insights-months', up: insightsMonths },
  { version: 18, name: 'search-vocab', up: searchVocab },
  { version: 19, name: 'insights-open-promises', up: insightsOpenPromises },
  { version: 20, name: 'search-insert-triggers', up: searchInsertTriggers },
  { version: 21, name: 'insights-outcomes', up: insightsOutcomes },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
