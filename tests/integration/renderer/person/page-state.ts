import type { Person } from '../../../../src/shared/people';
import { PersonProfileState } from '../../../../src/renderer/features/person/person-profile.svelte';
import { TimelineFeed } from '../../../../src/renderer/features/timeline/timeline-feed.svelte';
import type { CoreBridge } from '../core-bridge';

/** Someone with their Person page's two states started (as PersonView starts them) and loaded. */
export async function openPersonPage(core: CoreBridge, name = 'Samuel Okafor') {
  const saved = await core.tend.dispatch('people.save', { name });
  if (!saved.ok) throw new Error(saved.error.message);
  const person: Person = saved.value;
  const state = new PersonProfileState(person.id);
  const feed = new TimelineFeed(person.id);
  const stops = [state.start(), feed.start()];
  await new Promise<void>((resolve) => {
    const check = () => (state.status === 'ready' && feed.loaded ? resolve() : setImmediate(check));
    check();
  });
  return { person, state, feed, close: () => stops.forEach((stop) => stop()) };
}
