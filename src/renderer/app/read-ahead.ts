import type { MethodInput, MethodName, MethodResult } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { bridge } from './bridge';

/**
 * Reads a view makes the moment it mounts, started as soon as the route is known: a Person page's
 * data then travels while its code is still loading, not after (issue 8). Each answer is handed to
 * the first identical call (or the first few, when asked) and then forgotten, and any change
 * anywhere forgets them all, so an early answer is never older than the last write.
 */
type Early = { answer: Promise<Result<unknown>>; at: number; uses: number };
const ahead = new Map<string, Early>();
let forgetOnChange = false;

/**
 * An early answer left unused this long is not handed out: the page it was for was never shown, and
 * what it says may have aged (days since, "today") without any write to forget it.
 */
const FRESH_MS = 5_000;

function isFresh(early: Early): boolean {
  return performance.now() - early.at <= FRESH_MS;
}

function keyOf(method: MethodName, input: unknown): string {
  return `${method} ${JSON.stringify(input ?? null)}`;
}

/**
 * Starts the call now for the next `uses` identical calls (two parts of the window reading the same
 * settings at start share one answer). A read already on its way and not yet handed out is not
 * asked again. Returns the answer, for a read that depends on it.
 */
export function readAhead<M extends MethodName>(method: M, input: MethodInput<M>, uses = 1): Promise<Result<MethodResult<M>>> {
  if (!forgetOnChange) {
    forgetOnChange = true;
    bridge().on('data.changed', () => ahead.clear());
  }
  const key = keyOf(method, input);
  const pending = ahead.get(key);
  if (pending && isFresh(pending)) return pending.answer as Promise<Result<MethodResult<M>>>;
  const answer = bridge().invoke(method, input);
  ahead.set(key, { answer, at: performance.now(), uses });
  return answer;
}

/** The early answer to exactly this call, for as many calls as it was started for; undefined when none was started. */
export function takeReadAhead<M extends MethodName>(method: M, input: MethodInput<M> | undefined): Promise<Result<MethodResult<M>>> | undefined {
  const key = keyOf(method, input);
  const early = ahead.get(key);
  if (!early) return undefined;
  const fresh = isFresh(early);
  early.uses -= 1;
  if (early.uses <= 0 || !fresh) ahead.delete(key);
  return fresh ? (early.answer as Promise<Result<MethodResult<M>>>) : undefined;
}

/** Forgets every early answer: those read before an unlock were refused, and must be asked again. */
export function forgetReadAhead(): void {
  ahead.clear();
}
