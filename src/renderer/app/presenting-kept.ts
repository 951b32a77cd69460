/** Where the window keeps "Presenting" for its session (presenting.svelte.ts). */
export const PRESENTING_KEY = 'tend.presenting';

/**
 * Whether this window was presenting: read without the app's code, so main.ts can leave out a first
 * screen drawn ahead of time, which the blur does not cover until the app is there.
 */
export function presentingKept(): boolean {
  return typeof sessionStorage !== 'undefined' && sessionStorage.getItem(PRESENTING_KEY) === '1';
}
