/**
 * Where quick capture lives: the same renderer bundle at `#/capture`, which the desktop app's capture
 * window loads and the web host serves like any other address. main.ts starts the capture view
 * instead of the app when the page opens there.
 */
export const CAPTURE_HASH = '#/capture';

export function isCaptureAddress(hash: string): boolean {
  return hash.replace(/\/+$/, '') === CAPTURE_HASH;
}

/**
 * The browser's stand-in for the desktop window: a small popup of this page on `#/capture`. Opened by
 * script, so it shares this tab's session (the host's token) and its Enter and Esc may close it.
 */
export function openCaptureWindow(event: MouseEvent): void {
  event.preventDefault();
  window.open(`${window.location.pathname}${CAPTURE_HASH}`, 'tend-capture', 'popup,width=560,height=260');
}
