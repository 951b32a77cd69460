import { readInsightsAhead } from '../features/insights/insights-read-ahead';
import { readPersonAhead } from '../features/person/person-read-ahead';
import { cachedWeekStart } from '../features/settings/week-start-cache';
import { DEFAULT_SETTINGS } from '../../shared/settings-defaults';
import { localDayOf } from './local-day';
import { together } from './bridge';
import { readAhead } from './read-ahead';
import type { Result } from '../../shared/result';
import type { Settings } from '../../shared/settings';
import { drawnWithoutTeam, type Route } from './routes';

/**
 * What the window asks for as it opens, whatever the route: the team (App), the settings (the
 * theme and the week start, one answer for both), the sample status and who needs attention (the
 * sidebar's count, Today's list), the window's kept drafts, and the first route's own reads (a
 * Person page's person, profile and timeline, a prep sheet, the Journal's day). main.ts starts them
 * with its first request, so the answers travel while the app's code is still loading (issue 8). A host in
 * recovery refuses them, and nothing takes those answers: the recovery screen reads none of them.
 */
export function readFirstAhead(route: Route): void {
  readAhead('sample.status', {});
  // The window's kept drafts, which the app reads before it mounts: asked now, not one answer later.
  // A locked window's ask is refused and forgotten; unlocking asks again.
  readAhead('privateState.list', undefined);
  const settings = readAhead('settings.get', undefined, 2);
  const own = readRouteAhead(route);
  if (own && drawnWithoutTeam(route)) {
    // These pages' own reads travel alone, and the host draws the page from them (issue 21): the
    // team (the sidebar's names) and who needs attention (its count) grow with the team, and at 600
    // people made a Person page in a large folder slower than the same page alone. They are asked
    // the moment those answers are in, as one request, while the window shows the drawn page; the
    // app takes them as it mounts, or draws the sidebar's team when they arrive.
    void own.then(() => together(() => readTeamAhead(settings)));
  } else {
    readTeamAhead(settings);
  }
}

/** The first route's own reads; settles once they are answered. */
function readRouteAhead(route: Route): Promise<unknown> | null {
  // The person too: the page shows them before the team is in (people-store's showPerson).
  if (route.name === 'person') return Promise.all([readAhead('people.get', { id: route.id }), readPersonAhead(route.id)]);
  // The one read each of these views waits for before it draws its page (PrepView, JournalView).
  if (route.name === 'prep-person') return readAhead('prep.forPerson', { personId: route.id });
  if (route.name === 'journal') return readAhead('journal.get', { day: route.day ?? localDayOf(new Date()) });
  if (route.name === 'insights') readInsightsAhead();
  return null;
}

/** The team, archived people too (App, the sidebar), and who needs attention (the sidebar's count, Today's list). */
function readTeamAhead(settings: Promise<Result<Settings>>): void {
  readAhead('people.list', { includeArchived: true });
  // Counted from the user's week start: the last session's when kept. On a first start it is not
  // known yet, so the default's count is asked for at once and another only if the settings differ.
  const weekStart = cachedWeekStart();
  readAhead('attention.summary', { weekStartsOn: weekStart ?? DEFAULT_SETTINGS.weekStart });
  if (weekStart === null)
    void settings.then((result) => {
      if (result.ok && result.value.weekStart !== DEFAULT_SETTINGS.weekStart) readAhead('attention.summary', { weekStartsOn: result.value.weekStart });
    });
}
