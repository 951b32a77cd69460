import { hrefFor, parseRoute, type Route } from './routes';

/** The current route, kept in step with `location.hash` (back/forward, links, tray clicks). */
class Router {
  // The host drawing a first screen ahead of time has no window: it sets the route it draws.
  route = $state<Route>(parseRoute(typeof window === 'undefined' ? '' : window.location.hash));

  constructor() {
    if (typeof window === 'undefined') return;
    window.addEventListener('hashchange', () => {
      this.route = parseRoute(window.location.hash);
    });
  }

  /** Changes the hash; the `hashchange` listener updates `route`, so history works as usual. */
  navigate(route: Route): void {
    const href = hrefFor(route);
    if (window.location.hash === href) return;
    window.location.hash = href;
  }

  /** For the host's `navigate` event, which carries a route as text. */
  navigateTo(path: string): void {
    this.navigate(parseRoute(path));
  }
}

export const router = new Router();
