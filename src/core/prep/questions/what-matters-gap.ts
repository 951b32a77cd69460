import { callName } from '../../../shared/call-name';
import { shortDay } from '../words';
import { question, type PrepFacts, type Question } from './prep-facts';

/**
 * Nothing recorded on what matters to them, or something recorded without the why (PRODUCT.md: "what
 * matters" is a first-class record with a why). Entries missing a why come newest first: the leader is
 * likeliest to remember the conversation behind a recent one.
 */
export function whatMattersGap(facts: PrepFacts, today: string): Question[] {
  const name = callName(facts.person);
  if (facts.matters.length === 0) {
    return [
      question(
        'what-matters-gap',
        facts.person.id,
        `What matters most to ${name} right now, and why?`,
        `Nothing recorded yet on what matters to ${name}.`,
      ),
    ];
  }
  return facts.matters
    .filter((matter) => !matter.why?.trim())
    .map((matter) =>
      question(
        'what-matters-gap',
        matter.id,
        `Why does “${matter.what}” matter to ${name}?`,
        `Recorded on ${shortDay(matter.notedOn, today)} without the why.`,
      ),
    );
}
