import type { Commitment, CommitmentOwner } from '../../../../shared/commitments';
import type { MethodInput } from '../../../../shared/contract';
import { editOf, type EditedRecord } from '../../../ui/forms/form-values';

/** A commitment as typed; the contract decides what is valid. */
export interface CommitmentDraft {
  text: string;
  owner: CommitmentOwner;
  dueOn: string;
}
export const COMMITMENT_FIELDS = ['text', 'owner', 'dueOn'] as const;

export function commitmentDraft(commitment: Commitment | null, owner: CommitmentOwner): CommitmentDraft {
  return { text: commitment?.text ?? '', owner: commitment?.owner ?? owner, dueOn: commitment?.dueOn ?? '' };
}

export function commitmentInput(draft: CommitmentDraft, personId: string, edited: EditedRecord | null = null): MethodInput<'commitments.save'> {
  return { ...editOf(edited), personId, text: draft.text, owner: draft.owner, dueOn: draft.dueOn.trim() === '' ? null : draft.dueOn };
}
