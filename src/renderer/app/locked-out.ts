/**
 * Whether the host has locked this window out (issue 24): a call answered `locked`. Plain listeners,
 * like connection.ts, because api.ts sets it from the first script. Only the mounted app listens (it
 * then leaves for the lock screen); the start-up reads made before the lock screen are not followed.
 */
const listeners = new Set<() => void>();

export function lockedOut(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a call is refused because Tend is locked; returns the function that stops it. */
export function onLockedOut(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
