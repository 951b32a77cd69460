import * as v from 'valibot';
import { EDIT_ENTRIES } from './edit-version';
import { ById, Id, LocalDate, optionalLocalDate, optionalText, requiredText } from './fields';
import type { MethodTable } from './method-table';

/**
 * Follow-through: what the leader promised a person (`me`) and what the person said they would do
 * (`them`, "their asks"), each open until done or consciously dropped.
 */

export const COMMITMENT_OWNERS = ['me', 'them'] as const;
export type CommitmentOwner = (typeof COMMITMENT_OWNERS)[number];
export const COMMITMENT_STATUSES = ['open', 'done', 'dropped'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const COMMITMENT_TEXT_MAX = 1_000;
export const DROP_REASON_MAX = 1_000;

export const CommitmentOwnerSchema = v.picklist(COMMITMENT_OWNERS, 'Owner must be me (you promised it) or them (their ask).');
export const CommitmentStatusSchema = v.picklist(COMMITMENT_STATUSES, 'Status must be open, done or dropped.');

/** Create (no id) or edit (id) the text, owner and due day; status changes have their own methods. */
export const CommitmentSaveInput = v.strictObject({
  ...EDIT_ENTRIES,
  personId: Id,
  text: requiredText('Commitment', COMMITMENT_TEXT_MAX),
  owner: v.optional(CommitmentOwnerSchema, 'me'),
  dueOn: optionalLocalDate(),
});

export const CommitmentCompleteInput = v.strictObject({
  id: Id,
  /** The local day it was done; today when omitted. */
  day: v.optional(LocalDate),
});

export const CommitmentDropInput = v.strictObject({
  id: Id,
  reason: optionalText('Reason', DROP_REASON_MAX),
});

export const CommitmentListInput = v.strictObject({
  personId: Id,
  /** Open ones when omitted. */
  status: v.optional(CommitmentStatusSchema, 'open'),
});

export interface Commitment {
  id: string;
  personId: string;
  text: string;
  owner: CommitmentOwner;
  dueOn: string | null;
  status: CommitmentStatus;
  /** The local day it was made (created). */
  madeOn: string;
  doneOn: string | null;
  droppedOn: string | null;
  dropReason: string | null;
  createdAt: string;
  updatedAt: string;
}

const TOUCHES = ['profile', 'timeline', 'attention'] as const;

export const commitmentsMethods = {
  /** One person's commitments and asks with the given status, overdue first. */
  'commitments.list': { input: CommitmentListInput, touches: [] },
  /** Make a commitment or note their ask (no id), or edit its text, owner or due day (id). */
  'commitments.save': { input: CommitmentSaveInput, touches: TOUCHES },
  /** Mark done on a day; completing one that is already done changes nothing and returns it. */
  'commitments.complete': { input: CommitmentCompleteInput, touches: TOUCHES },
  /** Consciously let it go, optionally saying why. */
  'commitments.drop': { input: CommitmentDropInput, touches: TOUCHES },
  /** Open a done or dropped one again (its done or dropped day and reason are cleared). */
  'commitments.reopen': { input: ById, touches: TOUCHES },
  'commitments.delete': { input: ById, touches: TOUCHES },
} as const satisfies MethodTable;

export interface CommitmentsResults {
  'commitments.list': Commitment[];
  'commitments.save': Commitment;
  'commitments.complete': Commitment;
  'commitments.drop': Commitment;
  'commitments.reopen': Commitment;
  'commitments.delete': null;
}
