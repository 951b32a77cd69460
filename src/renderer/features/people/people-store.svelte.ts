import type { Person } from '../../../shared/people';
import { call, messageOf } from '../../app/api';
import { refreshOn } from '../../app/data-changes';
import { answeredAhead } from '../../app/read-ahead';

export type LoadStatus = 'loading' | 'ready' | 'error';

/**
 * Everyone the leader has added, active and archived, shared by the sidebar, Today, People and the
 * person page so they never disagree. Reloads after every write that touches 'people'.
 */
class PeopleStore {
  // Raw: replaced whole on every load, never changed in place, so 600 people need no deep proxies.
  all = $state.raw<Person[]>([]);
  status = $state<LoadStatus>('loading');
  /** One sentence when the last load failed. */
  error = $state<string | null>(null);

  readonly active = $derived(this.all.filter((person) => person.archivedAt === null));
  readonly archived = $derived(this.all.filter((person) => person.archivedAt !== null));

  /**
   * One person read on their own (people.get) before the team is in: a Person page's first read, so
   * the page draws without waiting for everyone (issue 21). Found by byId only until the team is.
   */
  #alone = $state.raw<Person | null>(null);
  #latest = 0;
  #started = false;

  /** The team as the window's first read answered it, when it is in (true then): the first screen draws it at once. */
  showAnswered(): boolean {
    const known = answeredAhead('people.list', { includeArchived: true });
    if (!known) return false;
    this.all = known;
    this.status = 'ready';
    return true;
  }

  /** The person as a Person page's first read answered them, when it is in (true then). */
  showPerson(id: string): boolean {
    this.#alone = answeredAhead('people.get', { id }) ?? null;
    return this.#alone !== null;
  }

  /** Nobody known yet: the host drawing a first screen starts each from its own answers. */
  forget(): void {
    this.all = [];
    this.status = 'loading';
    this.#alone = null;
  }

  /** Loads once and keeps listening for changes; safe to call from several views. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.showAnswered();
    refreshOn(['people'], () => this.reload());
    void this.reload();
  }

  async reload(): Promise<void> {
    // Only the newest request may write, so a slow early answer cannot overwrite a later one.
    const request = ++this.#latest;
    try {
      const people = await call('people.list', { includeArchived: true });
      if (request !== this.#latest) return;
      this.all = people;
      this.status = 'ready';
      this.error = null;
    } catch (error) {
      if (request !== this.#latest) return;
      this.status = this.status === 'ready' ? 'ready' : 'error';
      this.error = messageOf(error, 'Tend could not load your team; try again in a moment.');
    }
  }

  byId(id: string): Person | undefined {
    const inTeam = this.all.find((person) => person.id === id);
    if (inTeam || this.status === 'ready') return inTeam;
    return this.#alone?.id === id ? this.#alone : undefined;
  }
}

export const people = new PeopleStore();
