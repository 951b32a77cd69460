import { differenceInSeconds, parseISO } from 'date-fns';
import { timeOfDayWords } from '../../../shared/words';

/** What the lock screen says after a refused try (issue 24); pure, so the wording is tested in Node. */
export function waitSentence(retryAt: string, now: Date): string {
  const seconds = Math.max(1, differenceInSeconds(parseISO(retryAt), now));
  const wait = seconds < 60 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many wrong tries. You can try again at ${timeOfDayWords(parseISO(retryAt))} (in ${wait}).`;
}

export const WRONG_PASSPHRASE = 'That passphrase is not the one set for Tend. Check Caps Lock and try again.';
