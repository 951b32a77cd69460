import type { PersonProfile } from '../../../shared/profile';
import { ApiFailure, call, messageOf } from '../../app/api';
import { refreshOn } from '../../app/data-changes';
import { answeredAhead } from '../../app/read-ahead';
import type { LoadStatus } from '../people/people-store.svelte';

/**
 * Everything on one Person page except the timeline, loaded with `people.profile` and reloaded
 * after every write that touches 'profile' (from this window, another window or the tray).
 */
export class PersonProfileState {
  profile = $state.raw<PersonProfile | null>(null);
  status = $state<LoadStatus>('loading');
  error = $state<string | null>(null);
  /** Set when the person no longer exists (deleted here or elsewhere). */
  missing = $state(false);

  #latest = 0;

  constructor(readonly personId: string) {
    // Drawn at once from the first read when it is in (the first screen, drawn ahead or not); start() still reads.
    const known = answeredAhead('people.profile', { id: personId });
    if (known) {
      this.profile = known;
      this.status = 'ready';
    }
  }

  /** Loads now and on every relevant change; returns the function that stops listening. */
  start(): () => void {
    const stop = refreshOn(['profile'], () => this.reload());
    void this.reload();
    return stop;
  }

  async reload(): Promise<void> {
    // Only the newest request may write, so a slow early answer cannot overwrite a later one.
    const request = ++this.#latest;
    try {
      const profile = await call('people.profile', { id: this.personId });
      if (request !== this.#latest) return;
      this.profile = profile;
      this.status = 'ready';
      this.error = null;
      this.missing = false;
    } catch (error) {
      if (request !== this.#latest) return;
      if (error instanceof ApiFailure && error.error.code === 'not_found') {
        this.missing = true;
        this.profile = null;
        this.status = 'ready';
        return;
      }
      this.status = this.profile ? 'ready' : 'error';
      this.error = messageOf(error, 'Tend could not load this page; try again in a moment.');
    }
  }
}
