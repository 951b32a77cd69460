import type { MethodInput, MethodName, MethodResult } from '../../shared/contract';
import type { ApiError } from '../../shared/result';
import { bridge } from './bridge';

/** A failed call, carrying the contract's error so views can show `message` beside `field`. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

/** Calls one contract method; resolves with its value or rejects with an ApiFailure. */
export async function call<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodResult<M>> {
  const result = await bridge.invoke(method, input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

export const onEvent = bridge.on.bind(bridge);
