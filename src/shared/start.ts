import * as v from 'valibot';
import type { MethodTable } from './method-table';

/**
 * Long work at start-up, before the journal opens (issue 23): a migration that builds the search
 * index from existing data, or encrypting a journal an older Tend left in plaintext. The host shows a
 * window right away whose "Preparing your journal" screen asks `start.progress` until it answers
 * null (the journal is open: load the app), and `start.cancel` stops the work at its next step —
 * nothing it did is kept, and Tend stops; the work starts over at the next start.
 */

/** What is being done: the search index build, another format update, or encrypting the journal. */
export const START_WORKS = ['search-index', 'migration', 'encryption'] as const;
export type StartWorkKind = (typeof START_WORKS)[number];

export interface StartProgress {
  work: StartWorkKind;
  /** Steps done so far, of `total`. */
  done: number;
  total: number;
  /** Milliseconds since the work began, so the page's estimate does not depend on when it loaded. */
  elapsedMs: number;
  /** Cancel was asked: the work stops at its next step and Tend quits. */
  cancelling: boolean;
}

export const startMethods = {
  /** The start-up work's progress; null once the journal is open (the page then loads the app). */
  'start.progress': { input: v.strictObject({}), touches: [] },
  /** Stops the start-up work at its next step; false when there is none (the journal is open). */
  'start.cancel': { input: v.strictObject({}), touches: [] },
} as const satisfies MethodTable;

export interface StartResults {
  'start.progress': StartProgress | null;
  'start.cancel': { cancelled: boolean };
}
