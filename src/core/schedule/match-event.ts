import { fold } from '../quick-log/tokens';

/**
 * Who a calendar event is a 1:1 with, proposed for the user to confirm (issue 22). Pure.
 *
 * By address first: the event's addresses other than the user's own are exactly one person on the
 * team (a meeting with anyone else as well is not a 1:1). When the user's address is not known,
 * at most two addresses (theirs and the person's) count as a 1:1.
 *
 * Else by title, when the title says it is a 1:1 — "1:1 Sam", "Sam 1:1", "1-1 with Sam",
 * "one-on-one: Sam" — or pairs two names — "Sam / Alex", "Sam <> Alex", "Sam | Alex", "Sam & Alex":
 * exactly one person on the team must be named, by whole words of their name or preferred name,
 * accents and case ignored (the quick log's folding). Two people named, or a name that fits two
 * people, proposes no one: the review step asks instead.
 */

export interface MatchPerson {
  id: string;
  name: string;
  preferredName: string | null;
  email: string | null;
}

export interface MatchEvent {
  title: string;
  emails: readonly string[];
}

export type Proposal = { personId: string; reason: 'email' | 'title' } | { personId: null; reason: null };

const MARKER = /\b(?:1\s*[:\-/]\s*1|1\s*on\s*1|1on1|one\s*-?\s*on\s*-?\s*one|o3)\b/giu;
const PAIR = /\s(?:\/|<>|<->|\||&|x)\s|\s*(?:<>|<->)\s*/giu;
const FILLER = new Set(['with', 'and', 'meeting', 'sync', 'check', 'in', 'catch', 'up', 'catchup', 'weekly', 'biweekly', 'monthly', 'chat', 'call']);

function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^[-']+|[-']+$/g, ''))
    .filter(Boolean);
}

/** Does `part` (folded words) name this person: all its words whole words of the name or the preferred name, in order. */
function names(part: readonly string[], person: MatchPerson): boolean {
  if (part.length === 0) return false;
  for (const form of [person.name, person.preferredName]) {
    if (!form) continue;
    const words = wordsOf(form);
    for (let i = 0; i + part.length <= words.length; i++) if (part.every((word, j) => words[i + j] === word)) return true;
  }
  return false;
}

/** The people one part of a title names (after fillers are dropped); several when the name is shared. */
function namedIn(part: string, people: readonly MatchPerson[]): MatchPerson[] {
  const words = wordsOf(part).filter((word) => !FILLER.has(word));
  return people.filter((person) => names(words, person));
}

/** True when the title reads as a 1:1 (a marker, or two names paired), whoever it is with. */
export function looksLikeOneOnOne(title: string): boolean {
  MARKER.lastIndex = 0;
  PAIR.lastIndex = 0;
  return MARKER.test(title) || PAIR.test(` ${title} `);
}

function byTitle(title: string, people: readonly MatchPerson[]): string | null {
  // "(moved)", "[remote]": said about the meeting, not who it is with.
  const plain = title.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  MARKER.lastIndex = 0;
  const marked = MARKER.test(plain);
  const unmarked = plain.replace(MARKER, ' ');
  const parts = ` ${unmarked} `.split(PAIR).map((part) => part.replace(/[:\-–—,]+/g, ' ').trim()).filter(Boolean);
  if (!marked && parts.length < 2) return null;
  const found = new Map<string, number>();
  for (const part of parts) {
    const fits = namedIn(part, people);
    // A part that fits two people (two Sams) cannot be told apart by title.
    if (fits.length > 1) return null;
    for (const person of fits) found.set(person.id, (found.get(person.id) ?? 0) + 1);
  }
  return found.size === 1 ? ([...found.keys()][0] ?? null) : null;
}

function byEmail(emails: readonly string[], people: readonly MatchPerson[], ownEmail: string | null): string | null {
  const others = emails.map((e) => e.toLowerCase()).filter((email) => email !== ownEmail);
  if (ownEmail ? others.length !== 1 : others.length > 2) return null;
  const matched = people.filter((person) => person.email !== null && others.includes(person.email.toLowerCase()));
  return matched.length === 1 ? (matched[0]?.id ?? null) : null;
}

export function proposeMatch(event: MatchEvent, people: readonly MatchPerson[], ownEmail: string | null): Proposal {
  const own = ownEmail?.toLowerCase() ?? null;
  const others = event.emails.filter((email) => email.toLowerCase() !== own).length;
  // More than one other guest is a group meeting, whatever its title says.
  if (own ? others > 1 : others > 2) return { personId: null, reason: null };
  const email = byEmail(event.emails, people, own);
  if (email) return { personId: email, reason: 'email' };
  const titled = byTitle(event.title, people);
  if (titled) return { personId: titled, reason: 'title' };
  return { personId: null, reason: null };
}
