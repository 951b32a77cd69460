import { differenceInCalendarDays, parseISO } from 'date-fns';
import { RECOGNITION } from '../investment-kinds';
import { callName } from '../../../shared/call-name';
import { shortDay } from '../words';
import { question, type PrepFacts, type Question } from './prep-facts';

export const RECOGNITION_GAP_DAYS = 60;

/**
 * No recognition logged for 60 days or more: counted from the last one, or from the day the person was
 * added when there has never been one (someone added last week has not been overlooked yet).
 */
export function noRecognition(facts: PrepFacts, today: string): Question[] {
  let lastOn: string | null = null;
  for (const investment of facts.investments) {
    if (investment.kind === RECOGNITION && investment.on <= today && (lastOn === null || investment.on > lastOn)) {
      lastOn = investment.on;
    }
  }
  const since = lastOn ?? facts.person.addedOn;
  if (differenceInCalendarDays(parseISO(today), parseISO(since)) < RECOGNITION_GAP_DAYS) return [];
  const name = callName(facts.person);
  return [
    question(
      'no-recognition',
      facts.person.id,
      `What has ${name} done lately that deserves recognition?`,
      lastOn ? `No recognition logged since ${shortDay(lastOn, today)}.` : 'No recognition logged yet.',
    ),
  ];
}
