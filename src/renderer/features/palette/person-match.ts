import type { Person } from '../../../shared/people';
import { fold } from '../journal/mention-match';

/**
 * Which people the palette's typed text names, best first. A leader types a person however they
 * think of them: "sam", "Sam Rivera", "rivera sam", "Rivera, Sam", "sr", "zoe" for Zoë — so
 * matching ignores case, accents, punctuation and word order, and knows initials.
 */

type Named = Pick<Person, 'name' | 'preferredName' | 'archivedAt'>;

/** The words of a text as matched: folded, split on anything that is not a letter or digit. */
export function wordsOf(text: string): string[] {
  return fold(text)
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

// How well a person fits; higher is better, 0 is no match.
const EXACT = 100;
const PREFIXES_IN_ORDER = 80;
const PREFIXES = 70;
const INITIALS = 60;
const INSIDE = 30;
/** An archived person comes after every active one that fits as well. */
const ARCHIVED_PENALTY = 5;

/** "sr" for Sam Rivera, "smr" for Sam Mateo Rivera; with a preferred name "sr" for Sam when he is Samuel Rivera. */
function initialsOf(person: Named): string[] {
  const name = wordsOf(person.name);
  const all = [name.map((word) => word[0]).join('')];
  const preferred = person.preferredName ? wordsOf(person.preferredName) : [];
  if (preferred.length > 0 && name.length > 1) all.push([...preferred, ...name.slice(1)].map((word) => word[0]).join(''));
  return all.filter((initials) => initials.length > 1);
}

/** Each query word starts a different one of `words` (any order); null when one does not. */
function prefixMatch(query: readonly string[], words: readonly string[]): { inOrder: boolean } | null {
  const used = new Set<number>();
  const placed: number[] = [];
  // Longest typed word first: it fits the fewest words, so "sa sam" does not spend "Sam" on "sa".
  const order = query.map((_, at) => at).sort((a, b) => (query[b] ?? '').length - (query[a] ?? '').length);
  for (const at of order) {
    const typed = query[at] ?? '';
    const index = words.findIndex((word, own) => !used.has(own) && word.startsWith(typed));
    if (index < 0) return null;
    used.add(index);
    placed[at] = index;
  }
  return { inOrder: placed.every((index, at) => at === 0 || index > (placed[at - 1] ?? -1)) };
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
}

/** How well `query` names `person`: 0 when it does not. */
export function personScore(query: string, person: Named): number {
  const typed = wordsOf(query);
  if (typed.length === 0) return 0;
  const name = wordsOf(person.name);
  const preferred = person.preferredName ? wordsOf(person.preferredName) : [];
  // The preferred name stands in for the first name ("Sam Rivera" for Samuel Rivera).
  const called = preferred.length > 0 ? [...preferred, ...name.slice(1)] : name;
  const penalty = person.archivedAt === null ? 0 : ARCHIVED_PENALTY;
  let score = 0;
  if (sameWords(typed, name) || sameWords(typed, called) || (preferred.length > 0 && sameWords(typed, preferred))) score = EXACT;
  else {
    const everyWord = [...preferred, ...name];
    const asCalled = prefixMatch(typed, called);
    const asNamed = prefixMatch(typed, name);
    const anyWord = prefixMatch(typed, everyWord);
    if (asCalled?.inOrder || asNamed?.inOrder) score = PREFIXES_IN_ORDER;
    else if (asCalled || asNamed || anyWord) score = PREFIXES;
    else if (typed.length === 1 && initialsOf(person).includes(typed[0] ?? '')) score = INITIALS;
    else if (typed.every((word) => word.length >= 3 && everyWord.some((own) => own.includes(word)))) score = INSIDE;
  }
  return score === 0 ? 0 : score - penalty;
}

/** The people `query` names, best first, then by name; at most `limit`. */
export function matchPeopleByName<P extends Named>(query: string, people: readonly P[], limit: number): P[] {
  return people
    .map((person) => ({ person, score: personScore(query, person) }))
    .filter((scored) => scored.score > 0)
    .sort((a, b) => b.score - a.score || a.person.name.localeCompare(b.person.name))
    .slice(0, limit)
    .map((scored) => scored.person);
}
