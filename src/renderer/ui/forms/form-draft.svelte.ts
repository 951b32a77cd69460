import { onWritten } from '../../app/data-changes';
import { differs, drafts, type DraftRef, type DraftStore } from '../../app/drafts';

/** What a section gives each inline form whose half-typed values are kept as a draft (issue 7). */
export interface DraftFormProps<Saved> {
  onsaved: (saved: Saved) => void | Promise<void>;
  /** Esc: close, keeping the draft. */
  oncancel: () => void;
  /** The Discard button (the section offers Undo). */
  ondiscard: () => void;
  draftRef: DraftRef;
}

/**
 * An inline form's values as a kept draft (issue 7): it opens with what was kept under `ref` laid
 * over `opened`, keeps every change while the values differ from `opened`, and says whether anything
 * was typed (the footer's Discard vs Cancel). Saving, Esc and Discard end or keep the draft through
 * the section's editor, which owns the same `ref`.
 *
 * Must be created while a component initialises: the keeping runs in an effect of that component.
 */
export class FormDraft<T extends object> {
  values: T;
  readonly opened: T;
  readonly #ref: DraftRef;
  readonly #store: DraftStore;

  constructor(ref: DraftRef, opened: T, store: DraftStore = drafts) {
    this.opened = opened;
    this.#ref = ref;
    this.#store = store;
    this.values = $state(store.restored(ref, opened));
    // Snapshot: the store gets plain values, and reading every field makes the effect follow each one.
    $effect(() => store.keep(ref, $state.snapshot(this.values) as T, opened));
  }

  /** Something was typed: the values differ from what the form opened with. */
  get changed(): boolean {
    return differs(this.values, this.opened);
  }

  /**
   * `save`, with the draft ended the moment its write is acknowledged rather than once the page has
   * refreshed to show it: a reload in between must not bring back as a draft what is already saved.
   * A refused save writes nothing, so the draft stays.
   */
  whileSaving(save: () => Promise<void>): () => Promise<void> {
    return async () => {
      const stop = onWritten(() => this.#store.take(this.#ref));
      try {
        await save();
      } finally {
        stop();
      }
    };
  }
}
