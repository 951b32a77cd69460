/**
 * Whether this tab can still talk to its host. The web host hands out a new token at every start,
 * so after a restart the open tab's calls are refused ("Missing or wrong token."): nothing it does
 * can work any more, and the way back is the new address the host printed (issue 7).
 */
export const TOKEN_REFUSED = 'Missing or wrong token.';

export const SESSION_ENDED_MESSAGE =
  'Tend’s local host was restarted, so this tab can no longer reach it: open the new address the host printed (it ends in ?token=…).';

/**
 * Plain listeners rather than Svelte state: api.ts sets it, and api.ts is part of the first script,
 * which sends its request before the Svelte runtime is even evaluated (issue 8).
 */
let ended = false;
const listeners = new Set<() => void>();

/** True once a call was refused for its token; the app then shows one banner and disables the page. */
export function sessionEnded(): boolean {
  return ended;
}

export function endSession(): void {
  if (ended) return;
  ended = true;
  for (const listener of listeners) listener();
}

/** Calls `listener` once the session ends; returns the function that stops it. */
export function onSessionEnded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a failed call's error means the tab's token is no longer the host's. */
export function isTokenRefusal(error: { code: string; message: string }): boolean {
  return error.code === 'transport' && error.message === TOKEN_REFUSED;
}
