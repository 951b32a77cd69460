/**
 * How long a wrong passphrase makes the next try wait (issue 24: 5 wrong tries → a growing delay).
 * The first tries are free, since a typo is common; from the fifth wrong one on, each doubles the
 * wait, up to an hour, so guessing by hand gets nowhere while the leader is never locked out for good.
 */
export const FREE_TRIES = 4;
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 60 * 60_000;

/** The wait after `wrongTries` wrong passphrases in a row. */
export function unlockDelayMs(wrongTries: number): number {
  if (wrongTries <= FREE_TRIES) return 0;
  const doublings = wrongTries - FREE_TRIES - 1;
  // Past 2^7 the cap holds anyway; stopping there keeps the number finite for any count.
  return Math.min(FIRST_DELAY_MS * 2 ** Math.min(doublings, 7), MAX_DELAY_MS);
}

/** When the next try is taken, or null when it may come at once. */
export function nextTryAt(wrongTries: number, lastWrongAt: Date | null): Date | null {
  const delay = unlockDelayMs(wrongTries);
  if (delay === 0 || lastWrongAt === null) return null;
  return new Date(lastWrongAt.getTime() + delay);
}
