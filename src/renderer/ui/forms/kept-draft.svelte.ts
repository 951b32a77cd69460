import { untrack } from 'svelte';
import { drafts, type DraftRef } from '../../app/drafts';

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
 * The form's values as state: what it opened with, with a kept draft (navigated away, Esc, reload)
 * laid over it, and kept again as they change. Call it while the component starts; `ref` is read
 * afresh by the keeping so a form always writes where its section now keeps it.
 */
export function keptDraft<T extends object>(ref: () => DraftRef, opened: T): T {
  const draft = $state(drafts.restored(untrack(ref), opened));
  $effect(() => drafts.keep(ref(), $state.snapshot(draft) as T, opened));
  return draft;
}
