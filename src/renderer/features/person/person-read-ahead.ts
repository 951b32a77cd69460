import { readAhead } from '../../app/read-ahead';
import { TIMELINE_PAGE_SIZE, kindsFor } from '../timeline/timeline-query';

/**
 * What a Person page asks for as it mounts (person-profile.svelte.ts and the timeline feed's first
 * page), started when the route is known so it arrives with the page's code. Settles when both are answered.
 */
export function readPersonAhead(id: string): Promise<unknown> {
  return Promise.all([
    readAhead('people.profile', { id }),
    readAhead('timeline.page', { personId: id, kinds: kindsFor('all'), before: null, limit: TIMELINE_PAGE_SIZE }),
  ]);
}
