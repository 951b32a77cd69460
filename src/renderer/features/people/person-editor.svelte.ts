import type { Person } from '../../../shared/people';

/** Which person the Add / Edit dialog is open for; one dialog for the whole app. */
class PersonEditor {
  isOpen = $state(false);
  /** null while adding someone new. */
  person = $state<Person | null>(null);
  /** Bumped on every open so the form starts from fresh values even for the same person. */
  session = $state(0);

  openNew(): void {
    if (this.isOpen) return;
    this.person = null;
    this.session++;
    this.isOpen = true;
  }

  openEdit(person: Person): void {
    if (this.isOpen) return;
    this.person = person;
    this.session++;
    this.isOpen = true;
  }

  close(): void {
    this.isOpen = false;
  }
}

export const personEditor = new PersonEditor();
