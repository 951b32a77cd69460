/**
 * Opening a record "in place" from a search (issue 17): the page it lives on is shown, then the
 * record is scrolled to, focused and briefly marked, a goal is expanded, and a journal entry has
 * the searched words selected. The search view sets what to reveal; the pages that hold records
 * read it (GoalItem expands, JournalView selects) and `revealRecord` finds the element.
 */
export interface RevealTarget {
  /** The element's `data-record` value: the record's id (a goal's id for its progress notes). */
  id: string;
  /** The words searched, for pages that can select them (the journal). */
  words: string;
}

class Reveal {
  target = $state<RevealTarget | null>(null);
}

export const reveal = new Reveal();

/** The journal's target: its entry, where the searched words are selected. */
export const JOURNAL_ENTRY = 'journal-entry';

/** How long a page may take to show a record before we give up looking (its data loads first). */
const LOOK_FOR_MS = 5_000;
const FLASH_MS = 1_600;

/**
 * Waits for `[data-record="id"]` to appear, then scrolls it into the middle of the view, focuses it
 * and marks it for a moment. Resolves false when it never appears (e.g. deep in a long timeline).
 */
export function revealRecord(target: RevealTarget, root: ParentNode = document): Promise<boolean> {
  reveal.target = target;
  const started = performance.now();
  return new Promise((resolve) => {
    const look = () => {
      const element = root.querySelector<HTMLElement>(`[data-record="${CSS.escape(target.id)}"]`);
      if (element) {
        // One more frame: the app puts focus on the new page's heading once it has drawn.
        requestAnimationFrame(() => {
          element.scrollIntoView({ block: 'center' });
          if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
          element.focus({ preventScroll: true });
          element.classList.add('revealed');
          setTimeout(() => element.classList.remove('revealed'), FLASH_MS);
          resolve(true);
        });
        return;
      }
      if (performance.now() - started > LOOK_FOR_MS) {
        resolve(false);
        return;
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}
