import * as v from 'valibot';
import { Id } from './fields';

/**
 * Two windows (or tabs) may have one record open at once. A save that edits a record says which
 * version it edits — the record's `updatedAt` as the editor read it — so a save made from a stale
 * copy is refused with a `conflict` carrying the current record, instead of silently overwriting
 * the other window's save. A save without an id creates a record and needs no version.
 */
export const ExpectedUpdatedAt = v.pipe(
  v.string('The version being edited must be text.'),
  v.isoTimestamp('The version being edited must be the record’s updatedAt.'),
);

/** The entries every create-or-edit save spreads into its input: the record's id and the version it edits. */
export const EDIT_ENTRIES = {
  id: v.optional(Id),
  /** Required with `id` (the service refuses an edit without it): the `updatedAt` the editor started from. */
  expectedUpdatedAt: v.optional(ExpectedUpdatedAt),
};

/** A record as a stale save's conflict carries it: the current version, as the save would have returned it. */
export interface VersionedRecord {
  id: string;
  updatedAt: string;
}

/** The message of a stale save's conflict; the forms show it above both versions. */
export const STALE_EDIT_MESSAGE = 'This changed in another window — review both versions before saving.';
export const MISSING_VERSION_MESSAGE = 'An edit must say which version it changes (expectedUpdatedAt); reload and try again.';
