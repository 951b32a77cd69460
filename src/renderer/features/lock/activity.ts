/**
 * The leader's input, reported to the core's idle timer (issue 24). The timer lives in the core: it
 * runs on the injected clock (so it is tested, and the web host's test clock moves it), it is one for
 * every window, and it keeps time while a window is hidden, when a page's own timers are throttled.
 * The page only says "someone is here", at most once per `throttleMs`, since input comes many times a
 * second and a minute's precision is all a lock after N minutes needs.
 */
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
export const ACTIVITY_THROTTLE_MS = 15_000;

export interface ActivityTarget {
  addEventListener(type: string, listener: () => void, options: AddEventListenerOptions): void;
  removeEventListener(type: string, listener: () => void, options: EventListenerOptions): void;
}

/** Reports input on `target` through `report`, throttled; returns the function that stops it. */
export function reportActivity(target: ActivityTarget, report: () => void, now: () => number = Date.now, throttleMs = ACTIVITY_THROTTLE_MS): () => void {
  let last = Number.NEGATIVE_INFINITY;
  const listener = () => {
    const at = now();
    if (at - last < throttleMs) return;
    last = at;
    report();
  };
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, listener, { capture: true, passive: true });
  return () => {
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, listener, { capture: true });
  };
}
