import type { Person } from '../../../shared/people';

/**
 * The `@` autocomplete's pure parts: where a mention is being typed, and which people fit it.
 * Matching ignores case and accents and looks at every word of the name and the preferred name.
 */

/** The `@name` being typed just before the caret: where its `@` is and what follows it. */
export interface TypedMention {
  at: number;
  query: string;
}

// An `@` after a letter, digit or dot belongs to something else (an e-mail address, a handle).
const TYPED = /(?:^|[^\p{L}\p{N}.@\\])@([\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]*)?)$/u;

export function typedMention(text: string, caret: number): TypedMention | null {
  const before = text.slice(0, caret);
  const found = TYPED.exec(before);
  if (!found) return null;
  const query = found[1] ?? '';
  return { at: caret - query.length - 1, query };
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Active people whose name or preferred name has a word starting with `query`, preferred names first. */
export function matchPeople<P extends Pick<Person, 'name' | 'preferredName'>>(query: string, people: readonly P[], limit = 6): P[] {
  const wanted = fold(query.trim());
  const rank = (person: P): number => {
    if (wanted === '') return 1;
    if (person.preferredName && fold(person.preferredName).startsWith(wanted)) return 0;
    if (fold(person.name).startsWith(wanted)) return 1;
    const words = [...fold(person.name).split(/\s+/), ...fold(person.preferredName ?? '').split(/\s+/)];
    return words.some((word) => word.startsWith(wanted)) ? 2 : -1;
  };
  return people
    .map((person) => ({ person, rank: rank(person) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name))
    .slice(0, limit)
    .map((entry) => entry.person);
}

/** The text with the typed `@query` replaced by the person's full name (the core resolves the longest name). */
export function insertMention(text: string, typed: TypedMention, name: string): { text: string; caret: number } {
  const end = typed.at + 1 + typed.query.length;
  const inserted = `@${name} `;
  const after = text.slice(end).replace(/^ /, '');
  return { text: text.slice(0, typed.at) + inserted + after, caret: typed.at + inserted.length };
}

/** Marks that end a phrase: typed right after a chosen name, they take the place of its space. */
const CLOSING = /^[.,;:!?)]$/;

/**
 * The first key typed after a name was chosen, where the name's space still stands before the caret:
 * a space is not doubled, and a closing mark takes the space's place against the name ("@Sam Rivera,"),
 * the caret after it, as if the space had never been put there (a space stays before words that follow).
 * Null when the key is typed as usual.
 */
export function keyAfterMention(text: string, caret: number, key: string): { text: string; caret: number } | null {
  if (text[caret - 1] !== ' ') return null;
  if (key === ' ') return { text, caret };
  if (!CLOSING.test(key)) return null;
  const rest = text.slice(caret);
  return { text: `${text.slice(0, caret - 1)}${key}${rest === '' || rest.startsWith(' ') ? '' : ' '}${rest}`, caret };
}
