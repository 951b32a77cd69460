import { callName } from '../../../shared/call-name';
import { question, type PrepFacts, type Question } from './prep-facts';

/** No active personal goal: the leader knows nothing current about their hopes outside work. */
export function noPersonalGoal(facts: PrepFacts): Question[] {
  const personal = facts.goals.filter((goal) => goal.kind === 'goal' && goal.sphere === 'personal');
  if (personal.some((goal) => goal.status === 'active')) return [];
  return [
    question(
      'no-personal-goal',
      facts.person.id,
      `What is ${callName(facts.person)} hoping for outside work this year?`,
      personal.length === 0 ? 'No personal goal recorded yet.' : 'No personal goal is active.',
    ),
  ];
}
