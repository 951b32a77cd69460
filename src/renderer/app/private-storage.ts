import type { PrivateEntry, PrivateSaveOrder } from '../../shared/private-state';
import { call } from './api';
import type { KeyValueStorage } from './drafts';

/**
 * Where the renderer keeps what holds the leader's words between sessions — drafts, the journal's
 * unsaved text, recent searches (issue 24). It used to be the page's localStorage, which Electron
 * writes in plaintext into its profile and which a locked page could still read. Now it is the
 * encrypted database, through the contract: read once when the window is unlocked (`load`), held
 * in this page's memory (which a lock throws away with the page), and written through at once,
 * in order, one batch at a time (all at once while the page is leaving: `sendAtOnceWhenHidden`).
 * A write that fails is kept and sent again, so nothing typed is dropped.
 */
export interface PrivateStateCalls {
  list(): Promise<PrivateEntry[]>;
  save(changes: { set: PrivateEntry[]; remove: string[]; order: PrivateSaveOrder }): Promise<unknown>;
}

/** What the page's localStorage held before: moved into the database once, then removed from it. */
export const LEGACY_KEY_PREFIXES = ['tend.draft:', 'tend.journal.draft.', 'tend.search.recent'] as const;

/** After a failed write, the next try (a change sends at once anyway). */
export const RETRY_MS = 2_000;

export class PrivateStorage implements KeyValueStorage {
  readonly #calls: () => PrivateStateCalls;
  readonly #entries = new Map<string, string>();
  /** Changes not yet sent: a value, or null for a removal. */
  readonly #pending = new Map<string, string | null>();
  /** Keys this page changed: newer than what a load reads, even once written. */
  readonly #touched = new Set<string>();
  /** This page's saves carry its id and their place, so the core keeps the later of two that cross. */
  readonly #page = crypto.randomUUID();
  #seq = 0;
  /** The place of the newest save carrying each key: a failed save puts back only what nothing newer carries. */
  readonly #newest = new Map<string, number>();
  readonly #sending = new Set<Promise<void>>();
  #sendQueued = false;
  #retry: ReturnType<typeof setTimeout> | undefined;
  /** Hidden or unloading: a change is sent at once, beside any save still on its way. */
  #leaving = false;

  constructor(calls: () => PrivateStateCalls) {
    this.#calls = calls;
  }

  get length(): number {
    return this.#entries.size;
  }

  key(index: number): string | null {
    return [...this.#entries.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#entries.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.#entries.set(key, value);
    this.#queue(key, value);
  }

  removeItem(key: string): void {
    if (!this.#entries.delete(key) && !this.#pending.has(key)) return;
    this.#queue(key, null);
  }

  /**
   * Reads what the database keeps (what this page changed meanwhile stays on top), and moves in
   * anything an older Tend left in `legacy` (the page's localStorage), removing it from there only
   * once the database has it.
   */
  async load(legacy?: Storage): Promise<void> {
    const kept = await this.#calls().list();
    for (const { key, value } of kept) if (!this.#touched.has(key)) this.#entries.set(key, value);
    if (!legacy) return;
    const moved: string[] = [];
    for (let index = 0; index < legacy.length; index++) {
      const key = legacy.key(index);
      if (key && LEGACY_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))) moved.push(key);
    }
    for (const key of moved) {
      const value = legacy.getItem(key);
      if (value !== null && !this.#entries.has(key)) this.setItem(key, value);
    }
    await this.flushed();
    for (const key of moved) legacy.removeItem(key);
  }

  /** Settles once every change made so far is in the database (or rejects if the last try failed). */
  async flushed(): Promise<void> {
    while (this.#sending.size > 0 || this.#pending.size > 0) {
      if (this.#sending.size === 0) this.#send();
      await Promise.all(this.#sending);
      if (this.#retry !== undefined) throw new Error('Tend could not keep a draft; it will try again.');
    }
  }

  /**
   * While the page is hidden or unloading, every change goes at once. Saves otherwise go one at a
   * time; but a page closed while one is on its way is gone before it is answered, and the last
   * words typed (flushed on `pagehide`) would never be sent.
   */
  sendAtOnceWhenHidden(target: Window): void {
    const leave = (): void => {
      this.#leaving = true;
      this.#send();
    };
    target.addEventListener('pagehide', leave);
    target.addEventListener('pageshow', () => (this.#leaving = false));
    target.document.addEventListener('visibilitychange', () => {
      if (target.document.visibilityState === 'hidden') leave();
      else this.#leaving = false;
    });
  }

  #queue(key: string, value: string | null): void {
    this.#touched.add(key);
    this.#pending.set(key, value);
    // Changes made in one task go as one save.
    if (this.#sendQueued) return;
    this.#sendQueued = true;
    queueMicrotask(() => {
      this.#sendQueued = false;
      this.#send();
    });
  }

  #send(): void {
    if (this.#pending.size === 0 || (this.#sending.size > 0 && !this.#leaving)) return;
    clearTimeout(this.#retry);
    this.#retry = undefined;
    const batch = new Map(this.#pending);
    this.#pending.clear();
    const seq = ++this.#seq;
    const set: PrivateEntry[] = [];
    const remove: string[] = [];
    for (const [key, value] of batch) {
      this.#newest.set(key, seq);
      if (value === null) remove.push(key);
      else set.push({ key, value });
    }
    const sending = this.#calls()
      .save({ set, remove, order: { page: this.#page, seq } })
      .then(
        () => undefined,
        () => {
          // Put back what no newer save carries, and try again shortly.
          for (const [key, value] of batch) if (this.#newest.get(key) === seq && !this.#pending.has(key)) this.#pending.set(key, value);
          this.#retry = setTimeout(() => this.#send(), RETRY_MS);
        },
      )
      .finally(() => {
        this.#sending.delete(sending);
        if (this.#pending.size > 0 && this.#retry === undefined) this.#send();
      });
    this.#sending.add(sending);
  }
}

/** The renderer's one private storage, over the contract. */
export const privateStorage = new PrivateStorage(() => ({
  list: () => call('privateState.list'),
  save: (changes) => call('privateState.save', changes),
}));
