/** The one result shape that crosses every boundary (IPC, HTTP, tests). Nothing throws across it. */
export const ERROR_CODES = [
  'unknown_method',
  'invalid_input',
  'not_found',
  'conflict',
  'internal',
  'transport',
  /** Another backup, restore or import is running; try again when it finishes. */
  'busy',
  /** The disk is full: nothing was saved (the sentence says so). */
  'disk_full',
  /** Tend is locked (or this window has not unlocked since it was): unlock, then try again. */
  'locked',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** One sentence the UI can show as it is. */
  message: string;
  /** Dot path of the offending input field, e.g. `name` or `startedOn`. */
  field?: string;
  /** When a name fits several people (quick log): who it could be, so the UI can ask which. */
  candidates?: { id: string; name: string }[];
  /**
   * A stale edit (`conflict`): the record as it is now, saved meanwhile from another window, so the
   * form can show both versions and keep what was typed.
   */
  current?: StaleRecord;
}

/**
 * The current version of a record a stale save tried to overwrite: the record as that save returns
 * it (the form that sent the save knows which type that is and reads the fields it edits).
 */
export interface StaleRecord {
  id: string;
  updatedAt: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(
  code: ErrorCode,
  message: string,
  field?: string,
  candidates?: ApiError['candidates'],
  current?: StaleRecord,
): { ok: false; error: ApiError } {
  const error: ApiError = field === undefined ? { code, message } : { code, message, field };
  if (candidates) error.candidates = candidates;
  if (current) error.current = current;
  return { ok: false, error };
}
