import { differenceInCalendarDays, parseISO } from 'date-fns';
import { callName } from '../../../shared/call-name';
import { shortDay } from '../words';
import { question, type PrepFacts, type Question } from './prep-facts';

/** Thirty days without a progress note: long enough that the leader's picture is probably out of date. */
export const UNCHANGED_DAYS = 30;

/** An active challenge with nothing noted on it for 30 days or more (since it was added, if never), stalest first. */
export function challengeUnchanged(facts: PrepFacts, today: string): Question[] {
  const name = callName(facts.person);
  return facts.goals
    .filter((goal) => goal.kind === 'challenge' && goal.status === 'active')
    .map((goal) => ({ goal, lastOn: goal.lastProgressOn ?? goal.createdOn }))
    .filter(({ lastOn }) => differenceInCalendarDays(parseISO(today), parseISO(lastOn)) >= UNCHANGED_DAYS)
    .sort((a, b) => a.lastOn.localeCompare(b.lastOn) || a.goal.title.localeCompare(b.goal.title))
    .map(({ goal, lastOn }) =>
      question(
        'challenge-unchanged',
        goal.id,
        `Where does ${name} stand with “${goal.title}” now?`,
        goal.lastProgressOn
          ? `Nothing noted on this challenge since ${shortDay(lastOn, today)}.`
          : `Nothing noted on this challenge since it was added on ${shortDay(lastOn, today)}.`,
      ),
    );
}
