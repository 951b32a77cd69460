import { drafts, type DraftRef } from '../../app/drafts';
import { focusById } from '../../app/focus';
import { toasts } from '../../app/toasts.svelte';
import { personPage } from './person-page';

/** What every inline form of a section is handed: where its draft lives and how it ends. */
export interface SectionFormProps {
  draftRef: DraftRef;
  /** Saved: the draft is done with. */
  onsaved: () => Promise<void>;
  /** Esc: the form closes and the draft is kept for next time. */
  oncancel: () => Promise<void>;
  /** The Discard button: the draft is dropped, with Undo. */
  ondiscard: () => Promise<void>;
}

/**
 * Which inline form of a section is open, and where focus goes when it closes: the code every
 * Person page section shared (open, close, saved, discard, delete with undo). A key names what is
 * open — 'new', a record's id, or a section's own word such as a group — and each section keeps its
 * own editor, so a form in one section never closes another's. Drafts are kept per person under
 * `<scope>:<key>`; a form left open when the page was left opens again on return.
 *
 * Must be created while a Person page component initialises (it reads the page's context).
 */
export class SectionEditor {
  open = $state<string | null>(null);
  readonly #personId: string;
  readonly #scope: string;

  constructor(scope: string) {
    this.#personId = personPage().personId;
    this.#scope = scope;
    this.open = drafts.openIn(this.#personId, scope);
  }

  isOpen(key: string): boolean {
    return this.open === key;
  }

  start(key: string): void {
    this.open = key;
  }

  ref(key: string): DraftRef {
    return { personId: this.#personId, form: `${this.#scope}:${key}` };
  }

  /** The props an inline form for `key` needs; focus goes back to `returnTo` (or `savedReturnTo` after a save). */
  formProps(key: string, returnTo: string, savedReturnTo = returnTo): SectionFormProps {
    return {
      draftRef: this.ref(key),
      onsaved: () => this.saved(key, savedReturnTo),
      oncancel: () => this.close(returnTo),
      ondiscard: () => this.discard(key, returnTo),
    };
  }

  /** Closes the form, keeping its draft (Esc; also a confirm strip's Keep). */
  async close(returnTo: string): Promise<void> {
    if (this.open !== null) drafts.close(this.ref(this.open));
    this.open = null;
    await focusById(returnTo);
  }

  /** The save went through (the actions resolve once the page shows the change). */
  async saved(key: string, returnTo: string): Promise<void> {
    drafts.take(this.ref(key));
    if (this.open === key) this.open = null;
    await focusById(returnTo);
  }

  /** Drops what was typed; when there was something, a toast offers it back. */
  async discard(key: string, returnTo: string): Promise<void> {
    const ref = this.ref(key);
    const dropped = drafts.take(ref);
    if (this.open === key) this.open = null;
    if (dropped) {
      toasts.show('Draft discarded.', {
        label: 'Undo',
        run: () => {
          drafts.put(ref, dropped);
          this.open = key;
        },
      });
    }
    await focusById(returnTo);
  }

  /** Runs a delete (the actions module's, with its toast and Undo), then puts focus on `returnTo`. */
  async remove(remove: () => Promise<unknown>, returnTo: string): Promise<void> {
    await remove();
    await focusById(returnTo);
  }
}
