import { ById } from './fields';
import type { ImportantDate } from './dates';
import type { PersonalDetail } from './details';
import type { Goal } from './goals';
import type { Matter } from './matters';
import type { MethodTable } from './method-table';
import type { Person } from './people';

/** Everything on the Person page except the timeline, read in one consistent snapshot. */

export interface PersonProfile {
  person: Person;
  /** Newest first. */
  matters: Matter[];
  goals: Goal[];
  details: PersonalDetail[];
  /** Soonest first; past one-off dates last. */
  dates: ImportantDate[];
  noteCount: number;
}

export const profileMethods = {
  /** Everything on the Person page except the timeline: what matters, goals, details, dates. */
  'people.profile': { input: ById, touches: [] },
} as const satisfies MethodTable;

export interface ProfileResults {
  'people.profile': PersonProfile;
}
