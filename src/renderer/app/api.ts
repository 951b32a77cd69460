import type { EventName, EventPayloads, MethodInput, MethodName, MethodResult } from '../../shared/contract';
import type { ApiError } from '../../shared/result';
import { bridge } from './bridge';
import { SESSION_ENDED_MESSAGE, endSession, isTokenRefusal } from './connection';
import { lockedOut } from './locked-out';
import { takeReadAhead } from './read-ahead';

/** A failed call, carrying the contract's error so views can show `message` beside `field`. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

/** Calls one contract method; resolves with its value or rejects with an ApiFailure. */
export async function call<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodResult<M>> {
  const result = await (takeReadAhead(method, input) ?? bridge().invoke(method, input));
  if (!result.ok && isTokenRefusal(result.error)) {
    endSession();
    throw new ApiFailure({ code: 'transport', message: SESSION_ENDED_MESSAGE });
  }
  if (!result.ok && result.error.code === 'locked') lockedOut();
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
  return bridge().on(event, listener);
}

/** The sentence to show for a failed call: the contract's own words, or `fallback` for anything else. */
export function messageOf(error: unknown, fallback = 'That did not work; please try again.'): string {
  return error instanceof ApiFailure ? error.error.message : fallback;
}
