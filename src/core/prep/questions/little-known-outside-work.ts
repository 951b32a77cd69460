import { callName } from '../../../shared/call-name';
import { question, type PrepFacts, type Question } from './prep-facts';

/**
 * Nothing recorded about their life outside work: no family member, pet, hobby, passion or anything
 * good to know (PRODUCT.md, "Remember names"). One question, asked until the first detail is recorded.
 */
export function littleKnownOutsideWork(facts: PrepFacts): Question[] {
  if (facts.personalDetails > 0) return [];
  const name = callName(facts.person);
  return [
    question(
      'little-known-outside-work',
      facts.person.id,
      `Who and what fill ${name}’s life outside work?`,
      'No family, pets, hobbies or passions recorded yet.',
    ),
  ];
}
