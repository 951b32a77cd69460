import * as v from 'valibot';
import { Id, untrimmedText, type FreeTextMetadata } from './fields';
import type { MethodTable } from './method-table';

/**
 * What a window keeps between sessions that holds the leader's words (issue 24): half-typed drafts,
 * the journal's unsaved text, recent searches. It lived in the page's localStorage, which Electron
 * writes in plaintext into its profile and which a locked page could still read; it lives in the
 * encrypted database instead, read once a window is unlocked. The values are the renderer's own
 * (JSON text, opaque to the core), under keys the renderer names.
 */

/** The longest value: a journal day's draft is the largest thing kept (the entry's own limit, with room for JSON). */
export const PRIVATE_VALUE_MAX = 2_000_000;
/** The most changes one save carries; a flush holds a few at most. */
export const PRIVATE_CHANGES_MAX = 500;

/** `tend.draft:<person>:<form>`, `tend.journal.draft.<day>`, `tend.search.recent`: printable ASCII, no spaces. */
const PrivateKey = v.pipe(
  v.string('A key must be text.'),
  v.regex(/^tend\.[\x21-\x7e]{1,250}$/, 'A key starts with "tend." and is at most 255 printable characters.'),
);

const PrivateValue = v.pipe(
  untrimmedText('The kept text'),
  v.maxLength(PRIVATE_VALUE_MAX, `The kept text must be ${PRIVATE_VALUE_MAX.toLocaleString('en-US')} characters or fewer.`),
  v.metadata({ freeText: 'markdown', label: 'The kept text' } satisfies FreeTextMetadata),
);

export interface PrivateEntry {
  key: string;
  value: string;
}

/**
 * Which page sent a save, and its place among that page's saves. A page hidden while a save is on
 * its way sends the rest at once beside it (the page may be gone before the first is answered), so
 * two saves of one page can arrive in either order; the core keeps the later one for each key.
 */
export interface PrivateSaveOrder {
  page: string;
  seq: number;
}

const NoInput = v.optional(v.strictObject({}), {});

export const privateStateMethods = {
  /** Everything kept: a window reads it once, when it is unlocked. */
  'privateState.list': { input: NoInput, touches: [] },
  /**
   * Keeps and forgets entries, in one transaction. Accepted while Tend is locked, so what a window
   * was typing when it locked is kept; it answers nothing, so it reveals nothing.
   */
  'privateState.save': {
    input: v.strictObject({
      set: v.optional(v.pipe(v.array(v.strictObject({ key: PrivateKey, value: PrivateValue })), v.maxLength(PRIVATE_CHANGES_MAX)), []),
      remove: v.optional(v.pipe(v.array(PrivateKey), v.maxLength(PRIVATE_CHANGES_MAX)), []),
      order: v.optional(v.strictObject({ page: Id, seq: v.pipe(v.number('The order must be a number.'), v.safeInteger('The order must be a whole number.'), v.minValue(0, 'The order cannot be negative.')) })),
    }),
    touches: ['drafts'],
  },
} as const satisfies MethodTable;

/** A write that may land while locked: it answers nothing, so only what was typed before the lock is kept. */
export const WRITABLE_WHILE_LOCKED: ReadonlySet<string> = new Set(['privateState.save']);

export interface PrivateStateResults {
  'privateState.list': PrivateEntry[];
  'privateState.save': null;
}
