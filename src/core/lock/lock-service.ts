import { randomBytes, timingSafeEqual } from 'node:crypto';
import { OPEN_WHILE_LOCKED, type LockStatus, type UnlockOutcome } from '../../shared/lock';
import { WRITABLE_WHILE_LOCKED } from '../../shared/private-state';
import type { Clock } from '../clock';
import type { PassphraseCheck } from '../crypto/unlock';
import type { Caller } from '../dispatch';
import { log } from '../log';
import type { Timers } from '../reminders/scheduler';
import { nextTryAt } from './unlock-delay';

const logger = log('lock');

/** Why Tend locked; logged, and shown nowhere else. */
export type LockReason = 'idle' | 'on demand' | 'sleep' | 'screen locked' | 'tray' | 'shortcut';

export interface LockService {
  /** Whether this caller may call `method` now. */
  admits(method: string, caller: Caller): boolean;
  status(caller: Caller): LockStatus;
  /** Locks every window: all unlock tokens are void from now on. */
  lock(reason: LockReason): void;
  unlock(passphrase: string | undefined): Promise<UnlockOutcome>;
  /** The leader used a window that is unlocked: the idle time starts again. */
  activity(caller: Caller): void;
  /** Locked for everyone (the tray and notifications then name nobody). */
  isLocked(): boolean;
  /** Calls `listener` on every lock and unlock; returns the function that stops it. */
  onChange(listener: (locked: boolean) => void): () => void;
  /** Looks at the idle time now (the clock moved, the machine woke) instead of at the next timer. */
  check(): void;
  /** Starts the idle timer; a host calls it, so a core opened by a test or a script never locks by itself. */
  start(): void;
  /** The idle time starts again now, whoever asks: the web host's test clock moved without the leader leaving. */
  restartIdle(): void;
  stop(): void;
}

export interface LockOptions {
  clock: Clock;
  passphrase: PassphraseCheck;
  /** Idle minutes before locking; null never locks on idle. Read at each check, so a change applies at once. */
  lockAfterMinutes: () => number | null;
  timers?: Timers;
  /** A fresh unguessable token; tests may pass their own. */
  newToken?: () => string;
}

/** No passphrase is set: the OS account that opened Tend is the guard, and Unlock needs nothing typed. */
export const NO_PASSPHRASE: PassphraseCheck = {
  hasPassphrase: () => false,
  check: async () => 'ok',
};

/** Idle time is looked at least this often: a timer set for 15 minutes stalls across sleep. */
export const IDLE_TICK_MS = 60_000;
const MINUTE_MS = 60_000;
/** Windows unlocked at once since the last lock; a reload that unlocks again leaves its old token behind. */
const MAX_TOKENS = 32;

const realTimers: Timers = {
  setTimeout: (callback, ms) => {
    const handle = globalThis.setTimeout(callback, ms);
    // The lock's timer alone must not keep a process (a test, the web host's shutdown) alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The lock's state, in the core so both hosts share it and the idle rule runs on the injected clock.
 * Tend starts unlocked (opening it is already an unlock: the OS account, or the key store's start-up
 * passphrase) and asks no token until the first lock; from then on each unlock hands the unlocking
 * window its own token, and a lock voids them all.
 */
export function createLock(options: LockOptions): LockService {
  const { clock } = options;
  const timers = options.timers ?? realTimers;
  const newToken = options.newToken ?? (() => randomBytes(24).toString('base64url'));
  const listeners = new Set<(locked: boolean) => void>();
  let locked = false;
  let tokensRequired = false;
  const tokens = new Set<string>();
  let lastActivity = clock();
  let wrongTries = 0;
  let lastWrongAt: Date | null = null;
  let timer: unknown = null;
  let started = false;

  const holdsToken = (caller: Caller) => {
    const given = caller.unlockToken;
    return given !== undefined && [...tokens].some((token) => sameToken(given, token));
  };
  const admitted = (caller: Caller) => !locked && (!tokensRequired || holdsToken(caller));

  function announce(): void {
    for (const listener of listeners) {
      try {
        listener(locked);
      } catch (error) {
        logger.error('a lock listener failed', error);
      }
    }
  }

  function arm(): void {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    const minutes = options.lockAfterMinutes();
    if (!started || locked || minutes === null) return;
    const left = lastActivity.getTime() + minutes * MINUTE_MS - clock().getTime();
    timer = timers.setTimeout(
      () => {
        timer = null;
        check();
      },
      Math.max(0, Math.min(left, IDLE_TICK_MS)),
    );
  }

  function check(): void {
    const minutes = options.lockAfterMinutes();
    if (!locked && minutes !== null && clock().getTime() - lastActivity.getTime() >= minutes * MINUTE_MS) lock('idle');
    else arm();
  }

  function lock(reason: LockReason): void {
    tokens.clear();
    tokensRequired = true;
    if (locked) return;
    locked = true;
    arm();
    logger.info(`locked (${reason})`);
    announce();
  }

  function status(caller: Caller): LockStatus {
    const retry = nextTryAt(wrongTries, lastWrongAt);
    return {
      locked: !admitted(caller),
      passphrase: options.passphrase.hasPassphrase(),
      retryAt: retry && retry > clock() ? retry.toISOString() : null,
    };
  }

  async function unlock(passphrase: string | undefined): Promise<UnlockOutcome> {
    if (options.passphrase.hasPassphrase()) {
      const retry = nextTryAt(wrongTries, lastWrongAt);
      if (retry && retry > clock()) return { unlocked: false, reason: 'wait', retryAt: retry.toISOString() };
      const verdict = passphrase === undefined || passphrase === '' ? 'wrong' : await options.passphrase.check(passphrase);
      if (verdict !== 'ok') {
        wrongTries += 1;
        lastWrongAt = clock();
        logger.warn(`a wrong passphrase (${wrongTries} in a row)`);
        return { unlocked: false, reason: 'wrong', retryAt: nextTryAt(wrongTries, lastWrongAt)?.toISOString() ?? null };
      }
    }
    wrongTries = 0;
    lastWrongAt = null;
    const token = newToken();
    tokens.add(token);
    if (tokens.size > MAX_TOKENS) tokens.delete(tokens.values().next().value as string);
    const was = locked;
    locked = false;
    lastActivity = clock();
    arm();
    if (was) {
      logger.info('unlocked');
      announce();
    }
    return { unlocked: true, unlockToken: token };
  }

  return {
    admits: (method, caller) => caller.host === true || OPEN_WHILE_LOCKED.has(method) || WRITABLE_WHILE_LOCKED.has(method) || admitted(caller),
    status,
    lock,
    unlock,
    activity(caller) {
      if (!admitted(caller)) return;
      lastActivity = clock();
      arm();
    },
    isLocked: () => locked,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    check,
    start() {
      started = true;
      arm();
    },
    restartIdle() {
      lastActivity = clock();
      arm();
    },
    stop() {
      started = false;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
