import type { PersonTrends } from '../../../../shared/person-trends';
import { call } from '../../../app/api';
import type { WeekStart } from '../../settings/week-start.svelte';

/** The trend strip's one read: the last 26 weeks, counted from the user's week start. */
export function loadTrends(personId: string, weekStartsOn: WeekStart): Promise<PersonTrends> {
  return call('personTrends.forPerson', { personId, weekStartsOn });
}
