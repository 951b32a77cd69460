import type { MethodInput, MethodName, MethodResult } from '../../shared/contract';
import type { AnsweredRead } from '../../shared/first-screen';
import type { Result } from '../../shared/result';
import { bridge } from './bridge';

/**
 * Reads a view makes the moment it mounts, started as soon as the route is known: a Person page's
 * data then travels while its code is still loading, not after (issue 8). Each answer is handed to
 * the first identical call (or the first few, when asked) and then forgotten, and any change
 * anywhere forgets them all, so an early answer is never older than the last write.
 */
type Early = { answer: Promise<Result<unknown>>; at: number; uses: number; settled?: Result<unknown> };
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
  const early: Early = { answer, at: performance.now(), uses };
  ahead.set(key, early);
  // Kept as it arrives, so a view made after it can draw with it at once (answeredAhead).
  void answer.then((result) => (early.settled = result));
  return answer;
}

/**
 * The early answer to exactly this call if it has arrived, without taking it: a view draws its
 * first screen with it at once, in the window and in the host drawing that screen ahead of time
 * (prerender/first-screen.ts), and still takes the answer as usual when it starts.
 */
export function answeredAhead<M extends MethodName>(method: M, input: MethodInput<M>): MethodResult<M> | undefined {
  const early = ahead.get(keyOf(method, input));
  return early?.settled?.ok && isFresh(early) ? (early.settled.value as MethodResult<M>) : undefined;
}

/** Answers already in, as the host drawing a first screen has them: nothing is asked of a bridge. */
export function answeredAlready(answers: readonly AnsweredRead[]): void {
  ahead.clear();
  for (const { method, input, result } of answers) {
    ahead.set(keyOf(method, input), { answer: Promise.resolve(result), at: performance.now(), uses: 1, settled: result });
  }
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
