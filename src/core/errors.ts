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
