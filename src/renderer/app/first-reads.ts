import { readPersonAhead } from '../features/person/person-read-ahead';
import { cachedWeekStart } from '../features/settings/week-start-cache';
import { readAhead } from './read-ahead';
import type { Route } from './routes';

/**
 * What the window asks for as it opens, whatever the route: the team (App), the settings (the
 * theme and the week start, one answer for both), the sample status and who needs attention (the
 * sidebar's count, Today's list), and the first route's own reads. main.ts starts them once the host
 * says it opened normally, so the answers travel while the app's code is still loading (issue 8).
 */
export function readFirstAhead(route: Route): void {
  readAhead('people.list', { includeArchived: true });
  readAhead('sample.status', {});
  const settings = readAhead('settings.get', undefined, 2);
  // Counted from the user's week start: the last session's when kept, else the settings' answer.
  const weekStart = cachedWeekStart();
  if (weekStart !== null) readAhead('attention.summary', { weekStartsOn: weekStart });
  else
    void settings.then((result) => {
      if (result.ok) readAhead('attention.summary', { weekStartsOn: result.value.weekStart });
    });
  if (route.name === 'person') readPersonAhead(route.id);
}
