import type { FirstScreenHtml } from '../../shared/first-screen';

/**
 * The route's first screen as the web host drew it (issue 21), shown while the app's code is still
 * being evaluated, then replaced by the live app in the task that mounts it (app/start.ts), so no
 * frame shows neither. Until then it is inert: it looks like the page and cannot be used, for the
 * few hundred milliseconds the app takes to arrive (base.css shows the wait on the pointer).
 */
let shown: { screen: HTMLElement; styles: Element[] } | null = null;

export function showFirstScreen(target: HTMLElement, drawn: FirstScreenHtml): void {
  // The app has mounted already (its code was in first): it draws the page itself.
  if (target.childElementCount > 0) return;
  const head = document.createElement('template');
  head.innerHTML = drawn.head;
  const styles = [...head.content.children];
  document.head.append(...styles);
  const screen = document.createElement('div');
  screen.className = 'first-screen';
  screen.inert = true;
  screen.innerHTML = drawn.body;
  target.append(screen);
  shown = { screen, styles };
}

/**
 * Takes the first screen away, just before the app mounts in the same task: no two copies of its ids
 * are ever in the page. Returns what gives the app's page the scroll the drawn one had.
 */
export function leaveFirstScreen(): () => void {
  if (!shown) return () => undefined;
  const { screen, styles } = shown;
  shown = null;
  const scrolled = screen.querySelector('main')?.scrollTop ?? 0;
  screen.remove();
  return () => {
    // The app's own style sheets are in by now (the view's are loaded with its code).
    for (const style of styles) style.remove();
    const main = document.querySelector('main');
    if (main && scrolled > 0) main.scrollTop = scrolled;
  };
}
