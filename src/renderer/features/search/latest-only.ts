/**
 * Answers in the order they were asked for: each keystroke asks again, and a slower answer to an
 * older query must never replace the newer one already shown (issue 17). `run` resolves with the
 * answer, or with `stale` once a newer call has been made.
 */
export const STALE = Symbol('stale');

export function latestOnly<A extends unknown[], T>(ask: (...args: A) => Promise<T>): (...args: A) => Promise<T | typeof STALE> {
  let asked = 0;
  return async (...args) => {
    const mine = ++asked;
    try {
      const answer = await ask(...args);
      return mine === asked ? answer : STALE;
    } catch (error) {
      if (mine !== asked) return STALE;
      throw error;
    }
  };
}
