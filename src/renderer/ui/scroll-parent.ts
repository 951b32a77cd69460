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
