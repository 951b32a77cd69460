import type { Rect, Virtualizer } from '@tanstack/svelte-virtual';

/**
 * How the virtualised lists learn sizes without forcing a layout while a view mounts (issue 21).
 * The library's defaults read each drawn row's box as it is drawn, and the scroll container's as it
 * becomes known, each read a layout of the whole new page before the frame's own. These take sizes
 * only from ResizeObserver reports, which come after the frame's layout; until then a row is its
 * last known size or the estimate, and the view the window's height (the lists' initialRect).
 */

/** A row's height: from the observer's report, else its last known size or the estimate. */
export function measureAfterLayout<S extends Element, I extends Element>(element: I, entry: ResizeObserverEntry | undefined, instance: Virtualizer<S, I>): number {
  if (entry) return Math.round(entry.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}

/** The scroll container's size, from the observer's reports only. */
export function observeRectAfterLayout<I extends Element>(instance: Virtualizer<HTMLElement, I>, onRect: (rect: Rect) => void): () => void {
  const element = instance.scrollElement;
  if (!element) return () => undefined;
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize[0];
    onRect({ width: Math.round(box?.inlineSize ?? element.offsetWidth), height: Math.round(box?.blockSize ?? element.offsetHeight) });
  });
  observer.observe(element, { box: 'border-box' });
  return () => observer.disconnect();
}

/**
 * The view's size before its scroll container is measured: the window's, or where there is none (the
 * host drawing a first screen ahead of time, prerender/first-screen.ts) a common laptop screen's.
 * A virtualised list draws the rows that fit it in its first pass, so a first screen shows them.
 */
export function firstScreenRect(): Rect {
  return typeof window === 'undefined' ? { width: 1280, height: 800 } : { width: window.innerWidth, height: window.innerHeight };
}
