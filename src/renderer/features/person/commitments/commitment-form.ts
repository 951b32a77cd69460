import type { Commitment, CommitmentOwner } from '../../../../shared/commitments';
import type { MethodInput } from '../../../../shared/contract';

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

export function commitmentInput(draft: CommitmentDraft, personId: string, id?: string): MethodInput<'commitments.save'> {
  return { ...(id ? { id } : {}), personId, text: draft.text, owner: draft.owner, dueOn: draft.dueOn.trim() === '' ? null : draft.dueOn };
}
