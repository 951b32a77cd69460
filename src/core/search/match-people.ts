import { fold } from '../quick-log/tokens';

export interface NamedPerson {
  id: string;
  name: string;
  preferredName: string | null;
}

function wordsOf(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The people a `person:` filter names: every word typed starts a word of their name or preferred
 * name, in any order and ignoring accents and case, so "Rivera, Sam", "sam riv" and "Zoe" (Zoë) all
 * find who the leader means.
 */
export function peopleNamed(typed: string, people: readonly NamedPerson[]): string[] {
  const wanted = wordsOf(typed);
  if (wanted.length === 0) return [];
  return people
    .filter((person) => {
      const words = [...wordsOf(person.name), ...wordsOf(person.preferredName ?? '')];
      return wanted.every((w) => words.some((word) => word.startsWith(w)));
    })
    .map((person) => person.id);
}
