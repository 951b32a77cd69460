import type { Person } from '../../../shared/people';
import { written } from '../../app/data-changes';
import { drafts } from '../../app/drafts';
import { router } from '../../app/router.svelte';
import { toasts } from '../../app/toasts.svelte';

/**
 * Deletes someone for good once their name was typed; a refusal rejects with its ApiFailure for the
 * dialog. `closed` runs as soon as the delete is done, and the page is left before the team list
 * reloads, so it never shows "not found" for a moment.
 */
export async function deletePerson(person: Person, confirmName: string, closed: () => void): Promise<void> {
  await written('people.delete', { id: person.id, confirmName }, () => {
    drafts.forgetPerson(person.id);
    closed();
    router.navigate({ name: 'people' });
  });
  toasts.show(`${person.name} and everything about them was deleted.`);
}
