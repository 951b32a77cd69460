import type { GoalKind, GoalStatus, Sphere } from '../../../shared/goals';

/**
 * What the prep sheet knows about one person, as plain values: the input to every question rule.
 * Calendar things are local `YYYY-MM-DD` days; lists are in the order stated on each field.
 */
export interface PrepFacts {
  person: PersonFact;
  /** What matters to them, newest noted first. */
  matters: MatterFact[];
  /** Goals and challenges in any status. */
  goals: GoalFact[];
  /** Family members (not pets), with a birthday when it is known. */
  family: FamilyFact[];
  /** How many personal details of any kind (family, pets, hobbies, passions, good to know) are recorded. */
  personalDetails: number;
  /** Important dates with their next occurrence, soonest first (the sheet's "coming up" section). */
  importantDates: DateFact[];
  /** Notes that carry a perceived mood or energy, newest first (same day: last written first). */
  perceived: PerceivedFact[];
  /** Time invested, any order. */
  investments: InvestmentFact[];
  /** Open commitments and asks (the sheet's "follow through" section). */
  commitments: CommitmentFact[];
}

export interface PersonFact {
  id: string;
  name: string;
  preferredName: string | null;
  /** The day they were added to Tend: before it, nothing could have been logged. */
  addedOn: string;
}

export interface MatterFact {
  id: string;
  what: string;
  why: string | null;
  notedOn: string;
}

export interface GoalFact {
  id: string;
  kind: GoalKind;
  sphere: Sphere;
  title: string;
  status: GoalStatus;
  targetOn: string | null;
  /** The local day it was recorded. */
  createdOn: string;
  /** The day of its newest progress note, or null when it has none. */
  lastProgressOn: string | null;
}

export interface FamilyFact {
  id: string;
  name: string;
  relation: string | null;
  birthday: string | null;
}

export interface DateFact {
  id: string;
  title: string;
  nextOn: string | null;
  daysUntil: number | null;
}

export interface PerceivedFact {
  noteId: string;
  notedOn: string;
  /** 1 (low) to 5, as the leader perceived it; null when not noted. */
  mood: number | null;
  energy: number | null;
}

export interface InvestmentFact {
  kind: string;
  on: string;
}

export interface CommitmentFact {
  id: string;
  text: string;
  /** `me`: what I promised them; `them`: their ask of me. */
  owner: 'me' | 'them';
  dueOn: string | null;
}

export const QUESTION_RULES = [
  'low-mood-or-energy',
  'family-birthday',
  'goal-past-target',
  'challenge-unchanged',
  'what-matters-gap',
  'no-work-goal',
  'no-recognition',
  'little-known-outside-work',
  'no-personal-goal',
] as const;
export type QuestionRule = (typeof QUESTION_RULES)[number];

/** A question for the leader to consider before the one-on-one, with the facts that raised it. */
export interface Question {
  /** `rule:subjectId`: stable while the same gap stays open, so a dismissal sticks to it. */
  key: string;
  rule: QuestionRule;
  text: string;
  /** The fact behind the question, in words ("Nothing noted on this challenge since 12 Oct."). */
  because: string;
}

/** One rule: a pure function from what is known (and today) to zero or more questions, best first. */
export type QuestionRuleFn = (facts: PrepFacts, today: string) => Question[];

export function question(rule: QuestionRule, subjectId: string, text: string, because: string): Question {
  return { key: `${rule}:${subjectId}`, rule, text, because };
}
