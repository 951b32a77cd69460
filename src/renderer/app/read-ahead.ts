import type { MethodInput, MethodName, MethodResult } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { bridge } from './bridge';

/**
 * Reads a view makes the moment it mounts, started as soon as the route is known: a Person page's
 * data then travels while its code is still loading, not after (issue 8). Each answer is handed to
 * the first identical call and then forgotten, and any change anywhere forgets them all, so an early
 * answer is never older than the last write.
 */
const ahead = new Map<string, { answer: Promise<Result<unknown>>; at: number }>();
let forgetOnChange = false;

/**
 * An early answer left unused this long is not handed out: the page it was for was never shown, and
 * what it says may have aged (days since, "today") without any write to forget it.
 */
const FRESH_MS = 5_000;

function keyOf(method: MethodName, input: unknown): string {
  return `${method} ${JSON.stringify(input ?? null)}`;
}

export function readAhead<M extends MethodName>(method: M, input: MethodInput<M>): void {
  if (!forgetOnChange) {
    forgetOnChange = true;
    bridge().on('data.changed', () => ahead.clear());
  }
  ahead.set(keyOf(method, input), { answer: bridge().invoke(method, input), at: performance.now() });
}

/** The early answer to exactly this call, once; undefined when none was started. */
export function takeReadAhead<M extends MethodName>(method: M, input: MethodInput<M> | undefined): Promise<Result<MethodResult<M>>> | undefined {
  const key = keyOf(method, input);
  const early = ahead.get(key);
  ahead.delete(key);
  if (!early || performance.now() - early.at > FRESH_MS) return undefined;
  return early.answer as Promise<Result<MethodResult<M>>>;
}
