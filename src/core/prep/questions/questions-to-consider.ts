import { addDays, format, parseISO } from 'date-fns';
import { challengeUnchanged } from './challenge-unchanged';
import { familyBirthday } from './family-birthday';
import { goalPastTarget } from './goal-past-target';
import { littleKnownOutsideWork } from './little-known-outside-work';
import { lowMoodOrEnergy } from './low-mood-or-energy';
import { noPersonalGoal } from './no-personal-goal';
import { noRecognition } from './no-recognition';
import { noWorkGoal } from './no-work-goal';
import type { PrepFacts, Question, QuestionRuleFn } from './prep-facts';
import { whatMattersGap } from './what-matters-gap';

export const MAX_QUESTIONS = 5;
/** "Not now" hides a question for a week: it comes back at the next weekly one-on-one. */
export const NOT_NOW_DAYS = 7;

/**
 * The rules, most useful first:
 * 1. low mood or energy — how the person is doing comes before anything they are working on;
 * 2. a family birthday — the one question that expires if it waits a week;
 * 3. a goal past its target day, 4. a challenge unchanged for 30 days — follow-through on what they
 *    are working toward, the overdue goal first because a date has already been missed;
 * 5. what matters (or its why) — the leader's biggest blind spot, but it keeps for another week;
 * 6. no goal or challenge at work — what they are working toward, the leader's job to know;
 * 7. no recognition in 60 days;
 * 8. nothing known outside work — no family, pets, hobbies or passions recorded;
 * 9. no personal goal — the widest question, best asked when nothing more pressing is open.
 * Rules 5, 6, 8 and 9 are the gaps of a thin profile: a person just added gets them at once.
 */
const RULES_BY_USEFULNESS: readonly QuestionRuleFn[] = [
  lowMoodOrEnergy,
  familyBirthday,
  goalPastTarget,
  challengeUnchanged,
  whatMattersGap,
  noWorkGoal,
  noRecognition,
  littleKnownOutsideWork,
  noPersonalGoal,
];

/** A dismissed question: hidden until `until` (a day; "not now"), or for good when `until` is null ("don't ask again"). */
export interface QuestionDismissal {
  key: string;
  until: string | null;
}

export interface QuestionOptions {
  today: string;
  /** This person's dismissals. */
  dismissed: readonly QuestionDismissal[];
}

/** The dismissal to store for "not now" (back in a week) or "don't ask again" (never back for this person). */
export function dismissQuestion(key: string, how: 'not_now' | 'never', today: string): QuestionDismissal {
  return { key, until: how === 'never' ? null : format(addDays(parseISO(today), NOT_NOW_DAYS), 'yyyy-MM-dd') };
}

function isHidden(key: string, dismissed: readonly QuestionDismissal[], today: string): boolean {
  return dismissed.some((d) => d.key === key && (d.until === null || today < d.until));
}

/**
 * At most five questions for the leader, most useful first. Rules take turns in the order above, one
 * question each per turn, so three stale challenges cannot crowd out a birthday or a missing "why".
 * Dismissed questions are dropped before the five are chosen, so a dismissal frees its place.
 */
export function questionsToConsider(facts: PrepFacts, { today, dismissed }: QuestionOptions): Question[] {
  const perRule = RULES_BY_USEFULNESS.map((rule) => rule(facts, today).filter((q) => !isHidden(q.key, dismissed, today)));
  const chosen: Question[] = [];
  for (let turn = 0; chosen.length < MAX_QUESTIONS && perRule.some((questions) => questions.length > turn); turn++) {
    for (const questions of perRule) {
      const next = questions[turn];
      if (next && chosen.length < MAX_QUESTIONS) chosen.push(next);
    }
  }
  return chosen;
}
