import * as v from 'valibot';
import { ById, Id, LocalDate, optionalText } from './fields';
import { NOTE_MAX } from './limits';
import type { MethodTable } from './method-table';

/** Time invested in a person: a local day, minutes, what kind of time it was, and an optional note. */

export const INVESTMENT_KINDS = ['one_on_one', 'coaching', 'career', 'check_in', 'personal', 'recognition', 'other'] as const;
export type InvestmentKind = (typeof INVESTMENT_KINDS)[number];

/** Words for each kind of time, the same in the app and in the Markdown export. */
export const INVESTMENT_KIND_LABELS: Record<InvestmentKind, string> = {
  one_on_one: 'One-on-one',
  coaching: 'Coaching',
  career: 'Career conversation',
  check_in: 'Informal check-in',
  personal: 'Helped with a personal matter',
  recognition: 'Recognition',
  other: 'Other',
};

/** "45 min", "2 h", "2 h 15". */
export function minutesLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/**
 * When no kind is given. A quick chat is the common case; defaulting to one-on-one would reset
 * "days since the last 1:1" in prep for what was only a hallway check-in.
 */
export const DEFAULT_INVESTMENT_KIND: InvestmentKind = 'check_in';

export const MINUTES_MIN = 1;
export const MINUTES_MAX = 600;
export const MINUTES_MESSAGE = `Minutes must be a whole number from ${MINUTES_MIN} to ${MINUTES_MAX}.`;

export const Minutes = v.pipe(
  v.number(MINUTES_MESSAGE),
  v.integer(MINUTES_MESSAGE),
  v.minValue(MINUTES_MIN, MINUTES_MESSAGE),
  v.maxValue(MINUTES_MAX, MINUTES_MESSAGE),
);

export const InvestmentKindSchema = v.picklist(INVESTMENT_KINDS, 'Choose a kind of time from the list.');

/** Log (no id) or edit (id) time invested. A future day is refused by the service, which knows today. */
export const InvestmentLogInput = v.strictObject({
  id: v.optional(Id),
  personId: Id,
  /** Local day; today when omitted. */
  day: v.optional(LocalDate),
  minutes: Minutes,
  kind: v.optional(InvestmentKindSchema, DEFAULT_INVESTMENT_KIND),
  /** Markdown. */
  note: optionalText('Note', NOTE_MAX),
});

export interface Investment {
  id: string;
  personId: string;
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  minutes: number;
  kind: InvestmentKind;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

const TOUCHES = ['profile', 'timeline', 'attention'] as const;

export const investmentsMethods = {
  /** Log time invested in a person (no id) or edit a logged entry (id); returns the stored entry. */
  'investments.log': { input: InvestmentLogInput, touches: TOUCHES },
  /** Remove a logged entry (the UI offers Undo by logging it again). */
  'investments.delete': { input: ById, touches: TOUCHES },
} as const satisfies MethodTable;

export interface InvestmentsResults {
  'investments.log': Investment;
  'investments.delete': null;
}
