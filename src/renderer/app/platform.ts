import { dateLocaleFor } from './dates';
import { isTypingElement, type KeyFacts } from './shortcuts';

/** The few browser facts the pure lib modules need, read in one place. */

export const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export const userLocale = navigator.language || 'en-US';

/** date-fns locale for every date the renderer shows. */
export const dateLocale = dateLocaleFor(userLocale);

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
