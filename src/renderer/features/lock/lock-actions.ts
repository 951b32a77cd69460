import type { LockStatus, UnlockOutcome } from '../../../shared/lock';
import { call } from '../../app/api';
import { bridge } from '../../app/bridge';
import { drafts } from '../../app/drafts';
import { privateStorage } from '../../app/private-storage';

/** The lock's calls (issue 24); components call these, never the API. */

/** Whether this window is locked out, asked first thing at start; null when the host cannot say (recovery). */
export async function lockStatusAtStart(): Promise<LockStatus | null> {
  const result = await bridge().invoke('lock.status', {});
  return result.ok ? result.value : null;
}

export function lockStatus(): Promise<LockStatus> {
  return call('lock.status', {});
}

/** Unlocks this window; a success leaves the token with the transport, never with the page. */
export function unlock(passphrase: string | null): Promise<UnlockOutcome> {
  return call('lock.unlock', passphrase === null ? {} : { passphrase });
}

/** Input in an unlocked window: the idle time starts again. Best effort: a failed report only shortens the wait. */
export function reportActive(): void {
  void call('lock.activity', {}).catch(() => undefined);
}

/**
 * Leaves the app for the lock screen by reloading the page: every store, cache and view state goes
 * with the old page, by construction rather than by each module remembering to forget (a store added
 * later cannot leak past a lock). Drafts are written to the encrypted database first (the core takes
 * that write while locked), and the route stays in the address, so unlocking comes back to the same
 * page with the same drafts.
 */
export async function leaveForLockScreen(location: Pick<Location, 'reload'> = window.location): Promise<void> {
  drafts.flush();
  try {
    await privateStorage.flushed();
  } finally {
    location.reload();
  }
}

/** Locks Tend now (the shortcut, Settings), then leaves for the lock screen. */
export async function lockNow(): Promise<void> {
  try {
    await call('lock.lock', {});
  } finally {
    await leaveForLockScreen();
  }
}
