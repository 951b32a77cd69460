/** The nearest ancestor that scrolls vertically (the app's content area), for virtualised lists that scroll with the page. */
export function scrollParentOf(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return document.scrollingElement instanceof HTMLElement ? document.scrollingElement : document.body;
}

/** Where `element` starts within its scroll container's content (independent of how far it is scrolled). */
export function offsetWithin(element: HTMLElement, container: HTMLElement): number {
  return Math.round(element.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop);
}

/**
 * For a virtualised list that scrolls with the page: finds its scroll container and tells `onPlace`
 * which it is and where the list starts in it, once the list has been laid out and again whenever
 * what stands above it grows or shrinks (records added, a group above filling). Returns a function
 * that stops watching.
 *
 * Nothing is read while the view mounts: a ResizeObserver reports after the browser's own layout of
 * the frame, when reading boxes costs nothing. Reading them at mount forced a layout of the whole
 * new page per list, before the one the frame does anyway (issue 21).
 */
export function followScrollMargin(element: HTMLElement, onPlace: (container: HTMLElement, margin: number) => void): () => void {
  let container: HTMLElement | undefined;
  const observer = new ResizeObserver(() => {
    if (!element.isConnected) return;
    if (!container) {
      container = scrollParentOf(element);
      observer.observe(container.firstElementChild ?? container);
    }
    onPlace(container, offsetWithin(element, container));
  });
  // The list's own first report comes after its first layout; the container is found then.
  observer.observe(element);
  return () => observer.disconnect();
}
