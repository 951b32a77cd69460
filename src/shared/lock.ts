import * as v from 'valibot';
import { untrimmedText } from './fields';
import type { MethodTable } from './method-table';

/**
 * The lock (issue 24): after some idle minutes, on sleep or screen lock, or on demand, Tend answers
 * nothing but these methods until it is unlocked — with the passphrase, or, where none is set, with
 * no passphrase (the OS account is then the guard). Unlocking hands this window a fresh token that
 * every later call must carry (src/shared/unlock-token.ts).
 */

/** The longest a passphrase may be; a longer one is refused before any key derivation runs. */
export const PASSPHRASE_MAX = 1024;

export interface LockStatus {
  /** This window must unlock before Tend answers it anything else. */
  locked: boolean;
  /** Unlocking asks for the passphrase; without one, Unlock needs nothing typed. */
  passphrase: boolean;
  /** After too many wrong tries, the next try is taken from this instant (UTC ISO); otherwise null. */
  retryAt: string | null;
}

export type UnlockOutcome =
  | { unlocked: true; unlockToken: string }
  | { unlocked: false; reason: 'wrong' | 'wait'; retryAt: string | null };

// Compared, never stored, yet held to the text rules every field keeps: a control character or a
// broken surrogate cannot be typed at the lock screen, so a payload carrying one is refused, not tried.
const Passphrase = v.pipe(
  untrimmedText('The passphrase'),
  v.maxLength(PASSPHRASE_MAX, `A passphrase is at most ${PASSPHRASE_MAX} characters.`),
);

const NoInput = v.optional(v.strictObject({}), {});

export const lockMethods = {
  /** Whether this window is locked out, and what unlocking it asks for. */
  'lock.status': { input: NoInput, touches: [] },
  /** Locks Tend now, for every window. */
  'lock.lock': { input: NoInput, touches: [] },
  /** Unlocks with the passphrase (none needed when none is set); a success carries this window's new token. */
  'lock.unlock': { input: v.optional(v.strictObject({ passphrase: v.optional(Passphrase) }), {}), touches: [] },
  /** The leader is using this window: the idle timer starts again. */
  'lock.activity': { input: NoInput, touches: [] },
} as const satisfies MethodTable;

/** What a locked-out window may still call: the lock's own door, never anything that reads data. */
export const OPEN_WHILE_LOCKED: ReadonlySet<string> = new Set(['lock.status', 'lock.lock', 'lock.unlock']);

export interface LockResults {
  'lock.status': LockStatus;
  'lock.lock': LockStatus;
  'lock.unlock': UnlockOutcome;
  'lock.activity': null;
}
