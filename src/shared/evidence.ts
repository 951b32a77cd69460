import * as v from 'valibot';
import { Id, LocalDate } from './fields';
import type { CommitmentOwner } from './commitments';
import type { GoalKind, GoalStatus } from './goals';
import type { InvestmentKind } from './investments';
import type { MethodTable } from './method-table';

/**
 * The review-season evidence pack (issue 18): what the leader recorded about one person over a period,
 * each item with its day and where it came from. Nothing is summarised or invented: every line is a
 * record's own words, and a section with nothing in it says so.
 */

/** The pack's sections, in the order the document shows them; each can be left out of an export. */
export const EVIDENCE_SECTIONS = ['feedback', 'recognition', 'goals', 'commitments', 'matters', 'time', 'journal'] as const;
export type EvidenceSection = (typeof EVIDENCE_SECTIONS)[number];

/** How far back the pack looks when no start is given. */
export const EVIDENCE_DEFAULT_MONTHS = 6;

const PeriodFields = {
  personId: Id,
  /** The first day of the period; six months before `to` when omitted. */
  from: v.optional(LocalDate),
  /** The last day of the period; today when omitted. */
  to: v.optional(LocalDate),
};

const inOrder = (period: { from?: string; to?: string }): boolean => period.from === undefined || period.to === undefined || period.from <= period.to;
const IN_ORDER_MESSAGE = 'The period must start on or before its last day.';

export const EvidenceInput = v.pipe(v.strictObject(PeriodFields), v.forward(v.check((period) => inOrder(period), IN_ORDER_MESSAGE), ['from']));

export const EvidenceMarkdownInput = v.pipe(
  v.strictObject({
    ...PeriodFields,
    /** The sections to include, in any order (the document keeps its own); every section when omitted. */
    sections: v.optional(
      v.pipe(
        v.array(v.picklist(EVIDENCE_SECTIONS, 'Choose sections from the list.'), 'Sections must be a list.'),
        v.check((sections) => new Set(sections).size === sections.length, 'A section is chosen twice.'),
      ),
      [...EVIDENCE_SECTIONS],
    ),
  }),
  v.forward(v.check((period) => inOrder(period), IN_ORDER_MESSAGE), ['from']),
);

/** A note of feedback, in the leader's words. */
export interface EvidenceNote {
  id: string;
  day: string;
  body: string;
}

/** Time logged as recognition, with what the leader wrote about it. */
export interface EvidenceRecognition {
  id: string;
  day: string;
  minutes: number;
  note: string | null;
}

/** A goal achieved or a challenge resolved in the period; `day` is the progress note that closed it, else its last edit. */
export interface EvidenceGoalClosed {
  id: string;
  day: string;
  kind: GoalKind;
  title: string;
  status: Extract<GoalStatus, 'achieved' | 'resolved'>;
  /** Where `day` comes from. */
  source: 'progress' | 'goal';
}

export interface EvidenceProgress {
  id: string;
  day: string;
  goalId: string;
  goalTitle: string;
  body: string;
}

/** A commitment kept in the period: the leader's own (`me`) or theirs (`them`). */
export interface EvidenceCommitment {
  id: string;
  owner: CommitmentOwner;
  text: string;
  madeOn: string;
  dueOn: string | null;
  doneOn: string;
  /** True when done on or before its due day; null when it had none. */
  onTime: boolean | null;
}

export interface EvidenceMatter {
  id: string;
  day: string;
  what: string;
  why: string | null;
}

export interface EvidenceTimeByKind {
  kind: InvestmentKind;
  minutes: number;
  /** How many times time of this kind was logged. */
  times: number;
}

/** One line of a journal entry that mentions the person (not a to-do still open), as written. */
export interface EvidenceJournalLine {
  entryId: string;
  day: string;
  line: string;
}

export interface EvidencePack {
  person: { id: string; name: string; callName: string; role: string | null };
  from: string;
  to: string;
  feedback: { praise: EvidenceNote[]; constructive: EvidenceNote[] };
  recognition: EvidenceRecognition[];
  goals: { closed: EvidenceGoalClosed[]; progress: EvidenceProgress[] };
  commitments: { mine: EvidenceCommitment[]; theirs: EvidenceCommitment[] };
  /** Everything noted on what matters to them (not only in the period): it is who they are now. */
  matters: EvidenceMatter[];
  time: { totalMinutes: number; byKind: EvidenceTimeByKind[] };
  journal: EvidenceJournalLine[];
}

export const evidenceMethods = {
  /** One person's evidence for a review over a period (default: the last six months), oldest first in each section. */
  'evidence.forPerson': { input: EvidenceInput, touches: [] },
  /** The same as a Markdown document, with only the chosen sections. */
  'evidence.markdown': { input: EvidenceMarkdownInput, touches: [] },
} as const satisfies MethodTable;

export interface EvidenceResults {
  'evidence.forPerson': EvidencePack;
  'evidence.markdown': string;
}

/** Each section's heading, the same on the page, in print and in Markdown. */
export function evidenceSectionTitle(section: EvidenceSection, callName: string): string {
  switch (section) {
    case 'feedback':
      return 'Praise and constructive feedback';
    case 'recognition':
      return 'Recognition given';
    case 'goals':
      return 'Goals achieved and progress';
    case 'commitments':
      return 'Commitments kept';
    case 'matters':
      return `What matters to ${callName}`;
    case 'time':
      return 'Time invested';
    case 'journal':
      return 'From my journal';
  }
}
