import type { MethodInput, MethodName } from '../../shared/contract';
import { messageOf } from './api';
import { written } from './data-changes';
import { toasts } from './toasts.svelte';

/** Deleting a record: at once, with an Undo that writes it back. */

/** Every `<feature>.delete` that takes just the record's id, so a new record type needs no edit here. */
export type DeleteMethod = {
  [M in MethodName]: M extends `${string}.delete` ? (MethodInput<M> extends { id: string } ? ({ id: string } extends MethodInput<M> ? M : never) : never) : never;
}[MethodName];

/**
 * Deletes one record and offers Undo, which saves it again from what was shown (a new id, the same
 * words and days). Resolves once the page shows the change; returns whether the delete happened.
 */
export async function deleteWithUndo(method: DeleteMethod, id: string, message: string, restore: (() => Promise<unknown>) | null): Promise<boolean> {
  try {
    await written(method, { id } as MethodInput<typeof method>);
  } catch (error) {
    toasts.show(messageOf(error));
    return false;
  }
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
            }
          },
        }
      : undefined,
  );
  return true;
}
