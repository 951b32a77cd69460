/**
 * The unlock token as the transports carry it (issue 24, Lock). Kept free of dependencies: the
 * sandboxed preload imports it. Each window keeps the token its own unlock returned, in memory only,
 * and sends it with every call; a lock makes every token void, so a window that did not unlock since
 * is refused until it does.
 */

/** The web host reads the token from this header (the session token stays in Authorization). */
export const UNLOCK_HEADER = 'X-Tend-Unlock';

/** The token a successful `lock.unlock` answered with, or null for any other call or answer. */
export function unlockTokenFrom(method: string, result: unknown): string | null {
  if (method !== 'lock.unlock' || typeof result !== 'object' || result === null) return null;
  const { ok, value } = result as { ok?: unknown; value?: unknown };
  if (ok !== true || typeof value !== 'object' || value === null) return null;
  const token = (value as { unlockToken?: unknown }).unlockToken;
  return typeof token === 'string' && token !== '' ? token : null;
}
