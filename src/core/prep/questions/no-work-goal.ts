import { callName } from '../../../shared/call-name';
import { question, type PrepFacts, type Question } from './prep-facts';

/**
 * No active goal or challenge at work: the leader does not know what they are working toward or up
 * against (issue 20: a thin profile got no questions at all, when it is where questions help most).
 */
export function noWorkGoal(facts: PrepFacts): Question[] {
  const atWork = facts.goals.filter((goal) => goal.sphere === 'professional');
  if (atWork.some((goal) => goal.status === 'active')) return [];
  return [
    question(
      'no-work-goal',
      facts.person.id,
      `What is ${callName(facts.person)} working toward at work right now, and what stands in the way?`,
      atWork.length === 0 ? 'No goal or challenge at work recorded yet.' : 'No goal or challenge at work is active.',
    ),
  ];
}
