import { DRAFT_KEY_PREFIX as PREFIX, draftKey } from '../../shared/draft-keys';
import { privateStorage } from './private-storage';

/**
 * Half-typed records, kept per person and per form until saved or deliberately discarded (issue 7):
 * navigating away, a virtualised row scrolling off, closing the tab or the window — none of them
 * loses what the leader typed. Drafts live in the encrypted database through private-storage.ts
 * (issue 24: never in the page's localStorage, which is plaintext on disk), so the `pagehide` flush
 * below is what carries a draft through a quit.
 */

/** One form of one person: `form` reads `<scope>:<key>`, e.g. `matter:new` or `note:<id>`. */
export interface DraftRef {
  personId: string;
  form: string;
}

export interface StoredDraft {
  /** The form's values exactly as typed (strings, numbers, booleans). */
  values: Record<string, unknown>;
  /** Whether the form was showing when last written: coming back reopens it. */
  open: boolean;
  /** Milliseconds since the epoch; the newest open draft of a section is the one reopened. */
  at: number;
}

/** The part of the Web Storage API the store uses, so tests can hand it a Map-backed one. */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Long enough to batch a burst of typing, short enough that a crash loses at most a word. */
export const DRAFT_WRITE_DELAY_MS = 400;

export function draftStorageKey(ref: DraftRef): string {
  return draftKey(ref.personId, ref.form);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored draft, or null for anything missing, foreign or damaged (never throws). */
export function parseDraft(text: string | null): StoredDraft | null {
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isRecord(parsed) || !isRecord(parsed.values) || typeof parsed.open !== 'boolean' || typeof parsed.at !== 'number') return null;
    return { values: parsed.values, open: parsed.open, at: parsed.at };
  } catch {
    return null;
  }
}

/**
 * `initial` with what was kept laid over it: only the form's own fields, and only values of the
 * same type, so a draft written by an older form can never put a wrong shape into a field.
 */
export function restoreValues<T extends object>(initial: T, kept: Record<string, unknown> | undefined): T {
  const restored: Record<string, unknown> = { ...(initial as Record<string, unknown>) };
  if (kept) {
    for (const [field, value] of Object.entries(initial)) {
      if (field in kept && typeof kept[field] === typeof value) restored[field] = kept[field];
    }
  }
  return restored as T;
}

/** Whether anything was typed: the values differ from what the form opened with. */
export function differs(values: object, initial: object): boolean {
  const a = values as Record<string, unknown>;
  const b = initial as Record<string, unknown>;
  return Object.keys(b).some((field) => a[field] !== b[field]);
}

type Pending = { kind: 'write'; draft: StoredDraft } | { kind: 'remove' };

/**
 * Reads are straight from storage (plus what is waiting to be written); writes wait
 * DRAFT_WRITE_DELAY_MS so typing does not write on every key, and `flush()` writes at once.
 */
export class DraftStore {
  readonly #storage: () => KeyValueStorage;
  readonly #now: () => number;
  readonly #pending = new Map<string, Pending>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(storage: () => KeyValueStorage, now: () => number = Date.now) {
    this.#storage = storage;
    this.#now = now;
  }

  read(ref: DraftRef): StoredDraft | null {
    const key = draftStorageKey(ref);
    const pending = this.#pending.get(key);
    if (pending) return pending.kind === 'write' ? pending.draft : null;
    return parseDraft(this.#storage().getItem(key));
  }

  /** `initial` with the kept draft laid over it (what a form opens with). */
  restored<T extends object>(ref: DraftRef, initial: T): T {
    return restoreValues(initial, this.read(ref)?.values);
  }

  /** Called as the user types: keeps the values while they differ from `initial`, forgets them when they match again. */
  keep(ref: DraftRef, values: object, initial: object): void {
    if (differs(values, initial)) {
      this.#schedule(draftStorageKey(ref), { kind: 'write', draft: { values: { ...values }, open: true, at: this.#now() } });
    } else if (this.read(ref)) {
      this.#schedule(draftStorageKey(ref), { kind: 'remove' });
    }
  }

  /** The form was closed but not discarded (Esc): the draft stays, and the form stays closed on return. */
  close(ref: DraftRef): void {
    const draft = this.read(ref);
    if (draft?.open) this.#schedule(draftStorageKey(ref), { kind: 'write', draft: { ...draft, open: false } });
  }

  /** Removes the draft now and returns it (for an Undo), or null when there was none. */
  take(ref: DraftRef): StoredDraft | null {
    const draft = this.read(ref);
    this.#pending.delete(draftStorageKey(ref));
    this.#storage().removeItem(draftStorageKey(ref));
    return draft;
  }

  /** Writes a draft back at once (Undo after a discard), open. */
  put(ref: DraftRef, draft: StoredDraft): void {
    this.#pending.delete(draftStorageKey(ref));
    this.#storage().setItem(draftStorageKey(ref), JSON.stringify({ ...draft, open: true }));
  }

  /** The key (after `<scope>:`) of the newest draft in `scope` whose form was open, or null. */
  openIn(personId: string, scope: string): string | null {
    this.flush();
    const storage = this.#storage();
    const prefix = `${PREFIX}${personId}:${scope}:`;
    let newest: { key: string; at: number } | null = null;
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (!key?.startsWith(prefix)) continue;
      const draft = parseDraft(storage.getItem(key));
      if (draft?.open && (!newest || draft.at > newest.at)) newest = { key: key.slice(prefix.length), at: draft.at };
    }
    return newest?.key ?? null;
  }

  /** Forgets every draft about a person (they were deleted: nothing typed about them may linger). */
  forgetPerson(personId: string): void {
    this.flush();
    const storage = this.#storage();
    const prefix = `${PREFIX}${personId}:`;
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  }

  /** Writes everything waiting (on pagehide, and before reading the whole store). */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const storage = this.#storage();
    for (const [key, pending] of this.#pending) {
      if (pending.kind === 'write') storage.setItem(key, JSON.stringify(pending.draft));
      else storage.removeItem(key);
    }
    this.#pending.clear();
  }

  #schedule(key: string, pending: Pending): void {
    this.#pending.set(key, pending);
    this.#timer ??= setTimeout(() => this.flush(), DRAFT_WRITE_DELAY_MS);
  }
}

/** The renderer's one store, kept in the encrypted database. */
export const drafts = new DraftStore(() => privateStorage);

/** Writes pending drafts when the page is hidden or unloaded (tab closed, window quit, reload). */
export function flushDraftsWhenHidden(target: Window): void {
  privateStorage.sendAtOnceWhenHidden(target);
  target.addEventListener('pagehide', () => drafts.flush());
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') drafts.flush();
  });
}
