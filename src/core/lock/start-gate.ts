import { randomBytes } from 'node:crypto';
import * as v from 'valibot';
import { lockMethods, OPEN_WHILE_LOCKED, type LockStatus, type UnlockOutcome } from '../../shared/lock';
import { fail, ok, type Result } from '../../shared/result';
import type { Clock } from '../clock';
import type { Keyring } from '../crypto/keyring';
import { WrongPassphraseError } from '../crypto/passphrase-seal';
import { describeIssue, LOCKED_MESSAGE } from '../dispatch';
import { log } from '../log';
import { nextTryAt } from './unlock-delay';

const logger = log('lock');

/**
 * The lock screen's door before the journal is open (issue 24): when the key is wrapped by a
 * passphrase, the desktop app cannot open the database until the leader types it. Until then the
 * window's calls come here, and are answered as a locked core answers them — `lock.status` says
 * locked with a passphrase, `lock.unlock` tries the passphrase on the key file, everything else is
 * `locked` — so the renderer shows its own LockScreen and needs to know nothing of the difference.
 * Wrong tries wait as the lock's do (unlock-delay.ts).
 */
export interface StartGate {
  /** One call from the window, before the journal is open. Never throws. */
  dispatch(method: unknown, input: unknown): Promise<Result<unknown>>;
  /** The database key, once a passphrase typed at the lock screen unwrapped it. */
  readonly key: Promise<Buffer>;
  /**
   * The journal is open and the whole contract answers: the unlock that unwrapped the key answers
   * now, so the window reads nothing before the core can serve it.
   */
  opened(): void;
}

export interface StartGateOptions {
  keyring: Keyring;
  clock: Clock;
  /** A fresh token for the window; tests may pass their own. */
  newToken?: () => string;
}

export function createStartGate({ keyring, clock, newToken = () => randomBytes(24).toString('base64url') }: StartGateOptions): StartGate {
  let wrongTries = 0;
  let lastWrongAt: Date | null = null;
  let unwrapped = false;
  let resolveKey: (key: Buffer) => void = () => {};
  let resolveOpened: () => void = () => {};
  const key = new Promise<Buffer>((resolve) => (resolveKey = resolve));
  const open = new Promise<void>((resolve) => (resolveOpened = resolve));

  const waitUntil = (): Date | null => {
    const retry = nextTryAt(wrongTries, lastWrongAt);
    return retry && retry > clock() ? retry : null;
  };

  function status(): LockStatus {
    return { locked: true, passphrase: true, retryAt: waitUntil()?.toISOString() ?? null };
  }

  /**
   * The core opens unlocked and asks no token until its first lock (lock-service.ts), so the token
   * handed back here only completes the answer the lock screen expects.
   */
  async function unlocked(): Promise<UnlockOutcome> {
    await open;
    return { unlocked: true, unlockToken: newToken() };
  }

  async function unlock(passphrase: string | undefined): Promise<UnlockOutcome> {
    if (unwrapped) return unlocked();
    const wait = waitUntil();
    if (wait) return { unlocked: false, reason: 'wait', retryAt: wait.toISOString() };
    try {
      if (passphrase === undefined || passphrase === '') throw new WrongPassphraseError();
      const unwrappedKey = await keyring.unlock(passphrase);
      // Two tries may cross while scrypt runs; the first to unwrap wins, the other only waits with it.
      if (!unwrapped) {
        unwrapped = true;
        wrongTries = 0;
        resolveKey(unwrappedKey);
      }
      return unlocked();
    } catch (error) {
      if (!(error instanceof WrongPassphraseError)) throw error;
      wrongTries += 1;
      lastWrongAt = clock();
      logger.warn(`a wrong passphrase at start (${wrongTries} in a row)`);
      return { unlocked: false, reason: 'wrong', retryAt: nextTryAt(wrongTries, lastWrongAt)?.toISOString() ?? null };
    }
  }

  async function dispatch(method: unknown, input: unknown): Promise<Result<unknown>> {
    if (typeof method !== 'string' || !OPEN_WHILE_LOCKED.has(method)) return fail('locked', LOCKED_MESSAGE);
    const schema = lockMethods[method as keyof typeof lockMethods].input;
    const parsed = v.safeParse(schema, input);
    if (!parsed.success) {
      const { message, field } = describeIssue(parsed.issues[0]);
      return fail('invalid_input', message, field);
    }
    try {
      if (method === 'lock.unlock') return ok(await unlock((parsed.output as { passphrase?: string }).passphrase));
      return ok(status());
    } catch (error) {
      logger.error('the key could not be opened at start', error);
      return fail('internal', 'Tend could not open its key file; the details were written to the log.');
    }
  }

  return { dispatch, key, opened: () => resolveOpened() };
}
