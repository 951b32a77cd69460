import { enUS } from 'date-fns/locale/en-US';
import type { Locale } from 'date-fns';
import { loadDateLocale } from './dates';
import { isTypingElement, type KeyFacts } from './shortcuts';

/** The few browser facts the pure lib modules need, read in one place. */

// Absent when the host draws a first screen ahead of time (prerender/first-screen.ts): no shortcuts
// are shown there, and its dates are worded in US English as every window's are until its locale loads.
const browser = typeof navigator !== 'undefined';

export const isMac = browser && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export const userLocale = (browser && navigator.language) || 'en-US';

/** date-fns locale for every date the renderer shows; set by `prepareDateLocale` before the app mounts. */
export let dateLocale: Locale = enUS;

/** Fetches the user's date locale (nothing to fetch for US English). */
export async function prepareDateLocale(): Promise<void> {
  dateLocale = await loadDateLocale(userLocale);
}

export function keyFactsOf(event: KeyboardEvent): KeyFacts {
  const target = event.target instanceof HTMLElement ? event.target : null;
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    shiftKey: event.shiftKey,
    typing: isTypingElement(target),
    defaultPrevented: event.defaultPrevented,
  };
}
