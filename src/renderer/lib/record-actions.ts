import { tick } from 'svelte';
import { ApiFailure, call } from './api';
import { toasts } from './toasts.svelte';

/** Deleting a record on the Person page: at once, with an Undo that writes it back. */

type DeleteMethod = 'matters.delete' | 'details.delete' | 'dates.delete' | 'notes.delete' | 'progress.delete' | 'goals.delete';

export function messageOf(error: unknown, fallback = 'That did not work; please try again.'): string {
  return error instanceof ApiFailure ? error.error.message : fallback;
}

/**
 * Deletes one record and offers Undo, which saves it again from what was shown (a new id, the same
 * words and days). Returns whether the delete happened.
 */
export async function deleteWithUndo(
  method: DeleteMethod,
  id: string,
  message: string,
  restore: (() => Promise<unknown>) | null,
  after: () => Promise<void>,
): Promise<boolean> {
  try {
    await call(method, { id });
  } catch (error) {
    toasts.show(messageOf(error));
    return false;
  }
  await after();
  toasts.show(
    message,
    restore
      ? {
          label: 'Undo',
          run: async () => {
            try {
              await restore();
            } catch (error) {
              toasts.show(messageOf(error));
              return;
            }
            await after();
          },
        }
      : undefined,
  );
  return true;
}

/** After an inline form closes, put focus back on what opened it (rendered again by then). */
export async function focusById(id: string): Promise<void> {
  await tick();
  document.getElementById(id)?.focus();
}
