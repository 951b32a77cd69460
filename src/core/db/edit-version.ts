import { MISSING_VERSION_MESSAGE, STALE_EDIT_MESSAGE } from '../../shared/edit-version';
import type { StaleRecord } from '../../shared/result';
import { TendError } from '../errors';

/**
 * Before an edit: the save must name the version it edits (`expectedUpdatedAt`), and that must still
 * be the stored one; otherwise another window saved meanwhile and this save would overwrite it
 * unseen. `current` reads the record as the save returns it, for the conflict to carry.
 */
export function requireCurrentVersion(expected: string | undefined, stored: string, current: () => StaleRecord): void {
  if (expected === undefined) throw new TendError('invalid_input', MISSING_VERSION_MESSAGE, 'expectedUpdatedAt');
  if (expected !== stored) throw new TendError('conflict', STALE_EDIT_MESSAGE, 'expectedUpdatedAt', undefined, current());
}

/**
 * The `updatedAt` an edit stores: now, or a millisecond past the version it replaces when the clock
 * has not moved on (two saves within one millisecond, or a clock set back), so every edit makes a
 * version no earlier stale copy can match.
 */
export function nextVersion(now: string, previous: string): string {
  return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
}
