import { getContext, setContext } from 'svelte';
import type { Person } from '../../../shared/people';
import type { PersonProfile } from '../../../shared/profile';
import type { TimelineFeed } from '../timeline/timeline-feed.svelte';
import type { PersonProfileState } from './person-profile.svelte';

/**
 * What every part of one Person page shares, provided once by PersonView instead of being threaded
 * through each section's props. Values that change (the person, the profile) are getters, so a
 * section that reads them in its markup stays up to date.
 */
export interface PersonPage {
  readonly personId: string;
  readonly person: Person;
  /** What to call the person in sentences ("Sam"). */
  readonly name: string;
  /** An archived person's page shows everything and offers no changes. */
  readonly readonly: boolean;
  /** One instant per page, so one render never mixes two "now"s. */
  readonly now: Date;
  /** `now` as the local day, the default for a new record's date. */
  readonly today: string;
  readonly state: PersonProfileState;
  /** The loaded profile; sections are only shown once it is there. */
  readonly profile: PersonProfile;
  readonly feed: TimelineFeed;
}

const KEY = Symbol('person-page');

export function setPersonPage(page: PersonPage): void {
  setContext(KEY, page);
}

/** The page a section is on; only valid inside PersonView. */
export function personPage(): PersonPage {
  const page = getContext<PersonPage | undefined>(KEY);
  if (!page) throw new Error('Tend: a Person page section was rendered outside PersonView.');
  return page;
}
