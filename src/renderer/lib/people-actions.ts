import type { Person } from '../../shared/people';
import { ApiFailure, call } from './api';
import { people } from './people-store.svelte';
import { callName } from './person-display';
import { toasts } from './toasts.svelte';

/** Archive and restore, with the toast and undo that go with them, shared by every view. */

function messageOf(error: unknown): string {
  return error instanceof ApiFailure ? error.error.message : 'That did not work; please try again.';
}

export async function archivePerson(person: Person): Promise<void> {
  try {
    await call('people.archive', { id: person.id });
  } catch (error) {
    toasts.show(messageOf(error));
    return;
  }
  await people.reload();
  toasts.show(`${person.name} archived. Their history is kept.`, {
    label: 'Undo',
    run: () => restorePerson(person),
  });
}

export async function restorePerson(person: Person): Promise<void> {
  try {
    await call('people.restore', { id: person.id });
  } catch (error) {
    toasts.show(messageOf(error));
    return;
  }
  await people.reload();
  toasts.show(`${callName(person)} is back on your team.`);
}
