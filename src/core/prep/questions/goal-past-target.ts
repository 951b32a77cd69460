import { callName } from '../../../shared/call-name';
import { shortDay } from '../words';
import { question, type PrepFacts, type Question } from './prep-facts';

/** An active goal whose target day has passed (the target day itself is not yet late), longest overdue first. */
export function goalPastTarget(facts: PrepFacts, today: string): Question[] {
  const name = callName(facts.person);
  return facts.goals
    .filter((goal) => goal.kind === 'goal' && goal.status === 'active' && goal.targetOn !== null && goal.targetOn < today)
    .sort((a, b) => a.targetOn!.localeCompare(b.targetOn!) || a.title.localeCompare(b.title))
    .map((goal) =>
      question(
        'goal-past-target',
        goal.id,
        `Is “${goal.title}” still what ${name} wants, and by when?`,
        `Its target day, ${shortDay(goal.targetOn!, today)}, has passed and it is still active.`,
      ),
    );
}
