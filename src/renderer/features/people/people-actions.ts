import type { Person } from '../../../shared/people';
import { messageOf } from '../../app/api';
import { written } from '../../app/data-changes';
import { router } from '../../app/router.svelte';
import { toasts } from '../../app/toasts.svelte';
import { personEditor } from './person-editor.svelte';
import { callName } from '../../../shared/call-name';
import { loadSettings } from '../settings/settings-actions';
import { emptyDraft, saveInputFrom, type PersonDraft } from './person-form';

/**
 * What the leader does to a person, shared by every view: the call, the toast and the undo. Each
 * resolves once the team list (and an open person page) shows the change.
 */

/** A blank form for someone new, with the leader's default cadence; the built-in one if settings cannot be read. */
export async function newPersonDraft(): Promise<PersonDraft> {
  try {
    return emptyDraft((await loadSettings()).defaultCadenceDays);
  } catch {
    return emptyDraft();
  }
}

export async function archivePerson(person: Person): Promise<void> {
  try {
    await written('people.archive', { id: person.id });
  } catch (error) {
    toasts.show(messageOf(error));
    return;
  }
  toasts.show(`${person.name} archived. Their history is kept.`, {
    label: 'Undo',
    run: () => restorePerson(person),
  });
}

export async function restorePerson(person: Person): Promise<void> {
  try {
    await written('people.restore', { id: person.id });
  } catch (error) {
    toasts.show(messageOf(error));
    return;
  }
  toasts.show(`${callName(person)} is back on your team.`);
}

/** Adds or edits someone from the person dialog; a refusal rejects with its ApiFailure for the form. */
export async function savePerson(draft: PersonDraft, edited: Person | null): Promise<Person> {
  const person = await written('people.save', saveInputFrom(draft, edited), () => personEditor.close());
  if (edited === null) {
    toasts.show(`${person.name} added to your team.`, {
      label: 'Open',
      run: () => router.navigate({ name: 'person', id: person.id }),
    });
  } else {
    toasts.show(`Saved changes to ${callName(person)}.`);
  }
  return person;
}
