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
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, field?: string, candidates?: ApiError['candidates']): { ok: false; error: ApiError } {
  const error: ApiError = field === undefined ? { code, message } : { code, message, field };
  return { ok: false, error: candidates ? { ...error, candidates } : error };
}
