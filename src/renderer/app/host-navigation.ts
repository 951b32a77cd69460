import type { EventPayloads } from '../../shared/contract';
import { router } from './router.svelte';

/**
 * The host's `navigate` event (a tray item, a notification click). "Log time…" in the tray carries
 * `action: 'log-time'`: it opens Today, and the quick log (issue 9) registers itself here to open
 * on top of it. Until one is registered, Today alone is the answer.
 */

let openQuickLog: (() => void) | null = null;

/** The quick log calls this once it exists; returns the function that unregisters it. */
export function onLogTimeRequested(open: () => void): () => void {
  openQuickLog = open;
  return () => {
    if (openQuickLog === open) openQuickLog = null;
  };
}

export function followNavigate({ route, action }: EventPayloads['navigate']): void {
  if (action === 'log-time') {
    router.navigate({ name: 'today' });
    openQuickLog?.();
    return;
  }
  router.navigateTo(route);
}
