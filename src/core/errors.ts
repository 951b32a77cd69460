import type { ApiError, ErrorCode, StaleRecord } from '../shared/result';

/** A failure a service expects and the user can act on; the dispatcher turns it into an ApiError. */
export class TendError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal' | 'transport'>,
    message: string,
    readonly field?: string,
    readonly candidates?: ApiError['candidates'],
    readonly current?: StaleRecord,
  ) {
    super(message);
    this.name = 'TendError';
  }
}

export const notFound = (what: string, field = 'id') => new TendError('not_found', `${what} could not be found.`, field);
export const conflict = (message: string, field?: string) => new TendError('conflict', message, field);

export const DISK_FULL_MESSAGE = 'Your disk is full; nothing was saved. Free some space and try again.';

/** A write that failed for want of space: the file system's ENOSPC, or SQLite's SQLITE_FULL (its code as better-sqlite3 gives it). */
export function isDiskFull(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT') return true;
  }
  return false;
}

export const DATABASE_BUSY_MESSAGE = 'Tend is busy with other work on your journal; nothing was changed. Try again in a moment.';

/**
 * A call that waited out SQLite's busy timeout (another connection — an import's side connection, a
 * backup, a check — kept the file locked on a slow machine): the user can simply try again, so it is
 * `busy`, not an internal failure. SQLite's extended codes (SQLITE_BUSY_SNAPSHOT…) count too.
 */
export function isDatabaseBusy(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) return true;
  }
  return false;
}
