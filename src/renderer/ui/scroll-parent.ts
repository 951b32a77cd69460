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
 * For a virtualised list that scrolls with the page: finds its scroll container and tells `onMargin`
 * where the list starts in it, now and whenever what stands above it grows or shrinks (records
 * added, a group above filling). Returns the container and a function that stops watching.
 */
export function followScrollMargin(element: HTMLElement, onMargin: (margin: number) => void): { container: HTMLElement; stop: () => void } {
  const container = scrollParentOf(element);
  const place = () => onMargin(offsetWithin(element, container));
  place();
  const observer = new ResizeObserver(place);
  observer.observe(container.firstElementChild ?? container);
  return { container, stop: () => observer.disconnect() };
}
