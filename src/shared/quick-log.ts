import * as v from 'valibot';
import type { Commitment, CommitmentOwner } from './commitments';
import { Id } from './fields';
import type { Investment, InvestmentKind } from './investments';
import { NOTE_MAX } from './limits';
import type { MethodTable } from './method-table';
import type { Note } from './notes';
import type { TalkingPoint } from './talking-points';

/**
 * One line, from anywhere: `@Sam 30m coaching yesterday: walked through the promo case`,
 * `@Sam todo: send the budget link by fri`, `@Sam ask: …`, `@Sam next: …`, and a note on the person:
 * `@Sam: noticed she stayed late for the launch` (or `@Sam note: …`).
 * The parser is pure (src/core/quick-log); these are its results and the two contract methods.
 */

export type QuickLogEntry =
  | { type: 'investment'; personId: string; minutes: number; kind: InvestmentKind; day: string; note: string | null }
  | { type: 'commitment'; personId: string; owner: CommitmentOwner; text: string; dueOn: string | null }
  | { type: 'talkingPoint'; personId: string; text: string }
  | { type: 'note'; personId: string; text: string };

/** Which part of the line is wrong, so the preview can point at it. */
export const QUICK_LOG_FIELDS = ['line', 'person', 'minutes', 'day', 'dueOn', 'text', 'note'] as const;
export type QuickLogField = (typeof QUICK_LOG_FIELDS)[number];

export interface QuickLogProblem {
  type: 'error';
  field: QuickLogField;
  /** One sentence the preview shows as it is. */
  message: string;
  /** When the name fits several people: ask which (send the chosen id back as `personId`). */
  candidates?: { id: string; name: string }[];
}

export type QuickLogParse = QuickLogEntry | QuickLogProblem;

/** The preview adds the person's name for the chips. */
export type QuickLogPreview = (QuickLogEntry & { personName: string }) | QuickLogProblem;

export type QuickLogSaved =
  | { type: 'investment'; personName: string; investment: Investment }
  | { type: 'commitment'; personName: string; commitment: Commitment }
  | { type: 'talkingPoint'; personName: string; talkingPoint: TalkingPoint }
  | { type: 'note'; personName: string; note: Note };

/** Room for the longest note plus the words around it. */
export const QUICK_LOG_MAX = NOTE_MAX + 500;

export const QuickLogInput = v.strictObject({
  line: v.pipe(
    v.string('Quick log must be text.'),
    v.maxLength(QUICK_LOG_MAX, `Quick log must be ${QUICK_LOG_MAX} characters or fewer.`),
  ),
  /** The person picked when the name fitted several; ignored when the name is unambiguous. */
  personId: v.optional(Id),
});

export const quickLogMethods = {
  /** What a line would write, for the chips under the input; problems come back as a value, not an error. */
  'quickLog.parse': { input: QuickLogInput, touches: [] },
  /** Writes what the line says in one transaction; a problem is an invalid_input error naming its part. */
  'quickLog.save': { input: QuickLogInput, touches: ['profile', 'timeline', 'attention'] },
} as const satisfies MethodTable;

export interface QuickLogResults {
  'quickLog.parse': QuickLogPreview;
  'quickLog.save': QuickLogSaved;
}
