import { DEFAULT_DAYS_AHEAD } from '../../../shared/dates';
import { nextOccurrence } from '../../dates/next-occurrence';
import { callName } from '../../../shared/call-name';
import { possessive, relativeDay, shortDay } from '../words';
import { question, type PrepFacts, type Question } from './prep-facts';

/**
 * A family member's birthday inside the same window the Person page uses for family birthdays
 * (DEFAULT_DAYS_AHEAD), soonest first. The age is said only when it is a real one: a birthday in the
 * first year (or a day entered in the future, like a due date) would otherwise read "turns 0".
 */
export function familyBirthday(facts: PrepFacts, today: string): Question[] {
  const name = callName(facts.person);
  const coming = facts.family.flatMap((member) => {
    if (!member.birthday) return [];
    const next = nextOccurrence(member.birthday, true, today);
    if (next.nextOn === null || next.daysUntil === null || next.daysUntil > DEFAULT_DAYS_AHEAD) return [];
    return [{ member, nextOn: next.nextOn, daysUntil: next.daysUntil, years: next.years ?? 0 }];
  });
  coming.sort((a, b) => a.daysUntil - b.daysUntil || a.member.name.localeCompare(b.member.name));
  return coming.map(({ member, nextOn, years }) => {
    const when = relativeDay(nextOn, today);
    const event = years >= 1 ? `${member.name} turns ${years} ${when}` : `It’s ${possessive(member.name)} birthday ${when}`;
    const who = member.relation ? `${possessive(name)} ${member.relation}` : `In ${possessive(name)} family`;
    return question(
      'family-birthday',
      member.id,
      `${event} — anything ${name} is planning?`,
      `${who} · birthday ${shortDay(nextOn, today)}.`,
    );
  });
}
