import { focusById } from '../../app/focus';

/**
 * Which inline form of a section is open, and where focus goes when it closes: the code every
 * Person page section shared (open, cancel, saved, delete with undo). A key names what is open —
 * 'new', a record's id, or a section's own word such as a group — and each section keeps its own
 * editor, so a form in one section never closes another's.
 */
export class SectionEditor {
  open = $state<string | null>(null);

  isOpen(key: string): boolean {
    return this.open === key;
  }

  start(key: string): void {
    this.open = key;
  }

  /** Closes the form (cancelled, or saved: the actions resolve once the page shows the change). */
  async close(returnTo: string): Promise<void> {
    this.open = null;
    await focusById(returnTo);
  }

  /** Runs a delete (the actions module's, with its toast and Undo), then puts focus on `returnTo`. */
  async remove(remove: () => Promise<unknown>, returnTo: string): Promise<void> {
    await remove();
    await focusById(returnTo);
  }
}
