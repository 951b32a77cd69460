import { drafts, type DraftRef, type DraftStore } from '../../app/drafts';
import { toasts } from '../../app/toasts.svelte';

/**
 * Where Ctrl/Cmd+L goes: the quick log at the top of Today when it is on screen, otherwise a small
 * dialog holding the same component. `prefill` starts the line ("@Sam ") for "log time for this person".
 */
class QuickLogOpener {
  dialogOpen = $state(false);
  /** The line to start with and a counter the inline field watches to take focus. */
  request = $state<{ prefill: string; count: number }>({ prefill: '', count: 0 });
  #inline = 0;

  open(prefill = ''): void {
    this.request = { prefill, count: this.request.count + 1 };
    if (this.#inline === 0) this.dialogOpen = true;
  }

  close(): void {
    this.dialogOpen = false;
  }

  /** The inline field registers while mounted; returns the function that unregisters it. */
  mountInline(): () => void {
    this.#inline += 1;
    return () => {
      this.#inline -= 1;
    };
  }
}

export const quickLog = new QuickLogOpener();

/** "@Sam " — the prefill for a person, using the name the parser resolves uniquely by prefix. */
export function prefillFor(name: string): string {
  return `@${name.split(/\s+/)[0]} `;
}

/**
 * The line being typed, kept like every other draft (issue 7) through navigation and reload, and
 * shared by Today's field and the Ctrl/Cmd+L dialog (only one is on screen). A line is not about
 * one person until it is saved (it names them), so it has its own key rather than a person's.
 */
export const QUICK_LOG_DRAFT: DraftRef = { personId: 'quick-log', form: 'line:new' };
const BLANK = { line: '' };

/** Quick capture's own line (its window is open beside the main one, which may be typing in Today's). */
export const CAPTURE_DRAFT: DraftRef = { personId: 'quick-capture', form: 'line:new' };

export function keptLine(store: DraftStore = drafts, ref: DraftRef = QUICK_LOG_DRAFT): string {
  return store.restored(ref, BLANK).line;
}

/** Whether the line holds typing worth keeping: more than a bare "@name" (what a prefill gives). */
export function holdsTyping(line: string): boolean {
  const typed = line.trim();
  return typed !== '' && !/^@\S+$/.test(typed);
}

/** Called as the line changes: kept while it holds typing, forgotten once it does not (saved, cleared, a bare prefill). */
export function keepLine(line: string, store: DraftStore = drafts, ref: DraftRef = QUICK_LOG_DRAFT): void {
  store.keep(ref, holdsTyping(line) ? { line } : BLANK, BLANK);
}

/**
 * "Log time for Maya" replaced a typed line: offers it back. Undo keeps it as the draft too, so it
 * comes back even when the field that showed it has gone (the dialog was closed).
 */
export function offerReplacedLine(previous: string, restore: (line: string) => void): void {
  toasts.show('Quick log line replaced.', {
    label: 'Undo',
    run: () => {
      drafts.put(QUICK_LOG_DRAFT, { values: { line: previous }, open: false, at: Date.now() });
      restore(previous);
    },
  });
}
