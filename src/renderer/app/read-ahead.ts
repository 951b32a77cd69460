import type { MethodInput, MethodName, MethodResult } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { bridge } from './bridge';

/**
 * Reads a view makes the moment it mounts, started as soon as the route is known: a Person page's
 * data then travels while its code is still loading, not after (issue 8). Each answer is handed to
 * the first identical call and then forgotten, and any change anywhere forgets them all, so an early
 * answer is never older than the last write.
 */
const ahead = new Map<string, Promise<Result<unknown>>>();
let forgetOnChange = false;

function keyOf(method: MethodName, input: unknown): string {
  return `${method} ${JSON.stringify(input ?? null)}`;
}

export function readAhead<M extends MethodName>(method: M, input: MethodInput<M>): void {
  if (!forgetOnChange) {
    forgetOnChange = true;
    bridge().on('data.changed', () => ahead.clear());
  }
  ahead.set(keyOf(method, input), bridge().invoke(method, input));
}

/** The early answer to exactly this call, once; undefined when none was started. */
export function takeReadAhead<M extends MethodName>(method: M, input: MethodInput<M> | undefined): Promise<Result<MethodResult<M>>> | undefined {
  const key = keyOf(method, input);
  const early = ahead.get(key);
  ahead.delete(key);
  return early as Promise<Result<MethodResult<M>>> | undefined;
}
