import type { DraftStore } from '../../app/drafts';

/** The parts of the window closing needs, so a test can hand in its own. */
export type ClosableWindow = Pick<Window, 'close' | 'opener' | 'tend'>;

/**
 * Closes quick capture with the line safe: pending drafts are written first. The desktop app's
 * window only hides on close (electron/main/capture); in the browser a popup Settings opened closes,
 * and a tab the page did not open is left as it is (a browser refuses that close with a warning).
 */
export function closeCapture(store: DraftStore, target: ClosableWindow = window): void {
  store.flush();
  if (target.tend !== undefined || target.opener !== null) target.close();
}
