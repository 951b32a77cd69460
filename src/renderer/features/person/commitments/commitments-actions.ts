import type { Commitment } from '../../../../shared/commitments';
import { messageOf } from '../../../app/api';
import { written } from '../../../app/data-changes';
import { deleteWithUndo } from '../../../app/record-actions';
import { toasts } from '../../../app/toasts.svelte';
import { commitmentInput, type CommitmentDraft } from './commitment-form';
import type { EditedRecord } from '../../../ui/forms/form-values';

/** Follow-through on the Person page: every status change offers Undo, which reopens it. */

export function saveCommitment(draft: CommitmentDraft, personId: string, edited: EditedRecord | null = null): Promise<Commitment> {
  return written('commitments.save', commitmentInput(draft, personId, edited));
}

async function withReopenUndo(change: () => Promise<Commitment>, message: string): Promise<Commitment | null> {
  try {
    const changed = await change();
    toasts.show(message, {
      label: 'Undo',
      run: async () => {
        try {
          await written('commitments.reopen', { id: changed.id });
        } catch (error) {
          toasts.show(messageOf(error));
        }
      },
    });
    return changed;
  } catch (error) {
    toasts.show(messageOf(error));
    return null;
  }
}

export function completeCommitment(commitment: Commitment, day?: string): Promise<Commitment | null> {
  return withReopenUndo(() => written('commitments.complete', { id: commitment.id, ...(day ? { day } : {}) }), `Done: “${commitment.text}”.`);
}

export function dropCommitment(commitment: Commitment, reason: string): Promise<Commitment | null> {
  return withReopenUndo(() => written('commitments.drop', { id: commitment.id, reason }), `Dropped “${commitment.text}”.`);
}

/** Puts a done or dropped one back among the open ones. */
export async function reopenCommitment(commitment: Commitment): Promise<Commitment | null> {
  try {
    return await written('commitments.reopen', { id: commitment.id });
  } catch (error) {
    toasts.show(messageOf(error));
    return null;
  }
}

/** Undo makes it again, open, with the same words, owner and due day. */
export function removeCommitment(commitment: Commitment): Promise<boolean> {
  return deleteWithUndo('commitments.delete', commitment.id, `Removed “${commitment.text}”.`, () =>
    written('commitments.save', { personId: commitment.personId, text: commitment.text, owner: commitment.owner, dueOn: commitment.dueOn }),
  );
}
