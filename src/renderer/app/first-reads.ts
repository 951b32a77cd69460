import { readInsightsAhead } from '../features/insights/insights-read-ahead';
import { readPersonAhead } from '../features/person/person-read-ahead';
import { cachedWeekStart } from '../features/settings/week-start-cache';
import { DEFAULT_SETTINGS } from '../../shared/settings-defaults';
import { localDayOf } from './local-day';
import { readAhead } from './read-ahead';
import type { Route } from './routes';

/**
 * What the window asks for as it opens, whatever the route: the team (App), the settings (the
 * theme and the week start, one answer for both), the sample status and who needs attention (the
 * sidebar's count, Today's list), the window's kept drafts, and the first route's own reads (a
 * Person page's profile and timeline, a prep sheet, the Journal's day). main.ts starts them with its
 * first request, so the answers travel while the app's code is still loading (issue 8). A host in
 * recovery refuses them, and nothing takes those answers: the recovery screen reads none of them.
 */
export function readFirstAhead(route: Route): void {
  readAhead('people.list', { includeArchived: true });
  readAhead('sample.status', {});
  // The window's kept drafts, which the app reads before it mounts: asked now, not one answer later.
  // A locked window's ask is refused and forgotten; unlocking asks again.
  readAhead('privateState.list', undefined);
  const settings = readAhead('settings.get', undefined, 2);
  // Counted from the user's week start: the last session's when kept. On a first start it is not
  // known yet, so the default's count is asked for at once and another only if the settings differ.
  const weekStart = cachedWeekStart();
  readAhead('attention.summary', { weekStartsOn: weekStart ?? DEFAULT_SETTINGS.weekStart });
  if (weekStart === null)
    void settings.then((result) => {
      if (result.ok && result.value.weekStart !== DEFAULT_SETTINGS.weekStart) readAhead('attention.summary', { weekStartsOn: result.value.weekStart });
    });
  if (route.name === 'person') readPersonAhead(route.id);
  // The one read each of these views waits for before it draws its page (PrepView, JournalView).
  if (route.name === 'prep-person') readAhead('prep.forPerson', { personId: route.id });
  if (route.name === 'journal') readAhead('journal.get', { day: route.day ?? localDayOf(new Date()) });
  if (route.name === 'insights') readInsightsAhead();
}
