/**
 * The renderer's routes as data. Hash routing suits Electron's file:// pages and the web host alike;
 * these functions are pure so the mapping between a hash and a view can be tested on its own.
 */
export type Route =
  | { name: 'today' }
  | { name: 'prep' }
  /** `finishMinutes`: open the sheet's 1:1 at Finish with these minutes (the after-meeting offer, issue 22). */
  | { name: 'prep-person'; id: string; finishMinutes?: number }
  | { name: 'people' }
  | { name: 'person'; id: string }
  /**
   * The review-season evidence pack for one person (issue 18). `from`/`to` (YYYY-MM-DD, both or
   * neither): the period it opens on, as Insights passes its own; without them, the core's default.
   */
  | { name: 'evidence'; id: string; from?: string; to?: string }
  /** `day` (YYYY-MM-DD) opens that day's entry; without it, today's. */
  | { name: 'journal'; day?: string }
  /** `q` is the query as typed; `#/search/<encodeURIComponent(q)>`. */
  | { name: 'search'; q?: string }
  | { name: 'insights' }
  | { name: 'settings' }
  | { name: 'not-found'; path: string };

export type SectionName = Exclude<Route['name'], 'person' | 'prep-person' | 'evidence' | 'not-found'>;

const SECTIONS: readonly SectionName[] = ['today', 'prep', 'people', 'journal', 'search', 'insights', 'settings'];

export const DEFAULT_ROUTE: Route = { name: 'today' };

/**
 * The routes whose first screen the web host draws ahead of time (issue 21; prerender/first-screen.ts):
 * the views slowest to draw themselves. main.ts asks for the screen only on these. One list for the
 * type and the check, so the two cannot disagree.
 */
const DRAWN_AHEAD = ['person', 'prep-person', 'today', 'journal', 'people'] as const;
export type DrawnRoute = Extract<Route, { name: (typeof DRAWN_AHEAD)[number] }>;

export function isDrawnAhead(route: Route): route is DrawnRoute {
  return (DRAWN_AHEAD as readonly string[]).includes(route.name);
}

/** The drawn routes whose page lists the team itself: Today and People. */
const LISTS_TEAM = ['today', 'people'] as const;

/**
 * The drawn routes whose page shows neither the team nor who needs attention (only the sidebar
 * does): their first request leaves those out, to be asked a moment later (app/first-reads.ts), and
 * the host draws them without (prerender/first-screen.ts).
 */
export function drawnWithoutTeam(route: Route): route is Exclude<DrawnRoute, { name: (typeof LISTS_TEAM)[number] }> {
  return isDrawnAhead(route) && !(LISTS_TEAM as readonly string[]).includes(route.name);
}

/** Whole minutes an investment can hold, 1–600 (MINUTES_MAX), as the finish route writes them. */
const FINISH_MINUTES = /^(?:[1-9]\d?|[1-5]\d\d|600)$/;

const LOCAL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Two local days in order: an evidence period the address can carry. */
function isPeriod(from: string, to: string): boolean {
  return LOCAL_DAY.test(from) && LOCAL_DAY.test(to) && from <= to;
}

function isSection(segment: string): segment is SectionName {
  return (SECTIONS as readonly string[]).includes(segment);
}

/** Reads `#/people/<id>`, `/people/<id>` or `people/<id>`; an empty hash is Today. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return DEFAULT_ROUTE;
  const segments = path.split('/').map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  const [first = '', second, ...rest] = segments;
  if (first === 'people' && second !== undefined && second !== '' && rest.length === 0) {
    return { name: 'person', id: second };
  }
  if (first === 'people' && second !== undefined && second !== '' && rest.length === 1 && rest[0] === 'evidence') {
    return { name: 'evidence', id: second };
  }
  if (first === 'people' && second !== undefined && second !== '' && rest.length === 3 && rest[0] === 'evidence' && isPeriod(rest[1]!, rest[2]!)) {
    return { name: 'evidence', id: second, from: rest[1]!, to: rest[2]! };
  }
  if (first === 'journal' && second !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(second) && rest.length === 0) {
    return { name: 'journal', day: second };
  }
  if (first === 'prep' && second !== undefined && second !== '' && rest.length === 0) {
    return { name: 'prep-person', id: second };
  }
  if (first === 'prep' && second !== undefined && second !== '' && rest.length === 2 && rest[0] === 'finish' && FINISH_MINUTES.test(rest[1]!)) {
    return { name: 'prep-person', id: second, finishMinutes: Number(rest[1]) };
  }
  if (first === 'search' && second !== undefined && rest.length === 0) {
    return second === '' ? { name: 'search' } : { name: 'search', q: second };
  }
  if (second === undefined && isSection(first)) return { name: first } as Route;
  return { name: 'not-found', path: `/${path}` };
}

/** The hash for a route, e.g. `#/people/<id>`. */
export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'person':
      return `#/people/${encodeURIComponent(route.id)}`;
    case 'prep-person':
      return `#/prep/${encodeURIComponent(route.id)}${route.finishMinutes === undefined ? '' : `/finish/${route.finishMinutes}`}`;
    case 'evidence':
      return `#/people/${encodeURIComponent(route.id)}/evidence${route.from !== undefined && route.to !== undefined ? `/${route.from}/${route.to}` : ''}`;
    case 'not-found':
      return `#${route.path}`;
    case 'search':
      return route.q === undefined || route.q === '' ? '#/search' : `#/search/${encodeURIComponent(route.q)}`;
    case 'journal':
      return route.day === undefined ? '#/journal' : `#/journal/${route.day}`;
    default:
      return `#/${route.name}`;
  }
}

/** Which sidebar entry is "current" for a route: a person page belongs to People. */
export function sectionOf(route: Route): SectionName | null {
  if (route.name === 'person' || route.name === 'evidence') return 'people';
  if (route.name === 'prep-person') return 'prep';
  if (route.name === 'not-found') return null;
  return route.name;
}
