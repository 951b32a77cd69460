/**
 * `@Name` mentions in a markdown journal entry (issue 12, "Reflection journal"). A mention links the entry
 * to a person; one inside an unchecked to-do (`- [ ] call @Sam`) is only an intention and never counts as
 * attention. Names match ignoring case and accents, by full name, preferred name, or their first words.
 */

export interface MentionPerson {
  id: string;
  name: string;
  preferredName: string | null;
}

/** One resolved mention: `start` is the `@`, `end` is just past the name, both offsets into the entry. */
export interface Mention {
  personId: string;
  start: number;
  end: number;
}

export interface ParsedMentions {
  /** Mentions that count as contact with the person. */
  mentions: Mention[];
  /** Mentions inside unchecked to-do items: something the leader means to do. */
  intentions: Mention[];
  /** Each person mentioned as contact, once, in order of first mention. */
  contactIds: string[];
  /** Each person mentioned in an unchecked to-do, once, in order of first mention. */
  intentionIds: string[];
}

// Letters with no decomposition that people type without the accent ("Søren" as "Soren").
const PLAIN_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

function foldChar(char: string): string {
  const bare = char.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return Array.from(bare, (c) => PLAIN_LETTERS[c] ?? c).join('');
}

interface Folded {
  text: string;
  /** origin[i]: the offset in the original text of folded character i; origin[text.length] is the original length. */
  origin: number[];
}

// Printable ASCII and line breaks fold to their lower case one for one: no accents to strip.
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;

/** Lower case without accents, remembering where each folded character came from. */
function foldWithOrigin(text: string): Folded {
  // Most entries are plain ASCII; folding them a character at a time was most of the cost of
  // reading many entries at once (the evidence pack reads six months of them).
  if (PLAIN_ASCII.test(text)) {
    const origin = new Array<number>(text.length + 1);
    for (let i = 0; i <= text.length; i++) origin[i] = i;
    return { text: text.toLowerCase(), origin };
  }
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = foldChar(char);
    for (let i = 0; i < piece.length; i++) origin.push(offset);
    folded += piece;
    offset += char.length;
  }
  origin.push(text.length);
  return { text: folded, origin };
}

const fold = (text: string): string => foldWithOrigin(text).text;
const wordsOf = (text: string): string[] => fold(text).split(/\s+/).filter(Boolean);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** An `@` right after one of these is part of something else: an e-mail address, a path, `@@`, a word. */
const NOT_BEFORE_MENTION = /[\p{L}\p{N}\p{M}@.%+\-/\\=&]/u;
const NAME_GAP = /[ \t\u00a0]+/y;

/** A way to write someone's name after `@`: all of a name, or its first words. */
interface Phrase {
  personId: string;
  words: string[];
  /** The whole full name or preferred name, not just its first words. */
  whole: boolean;
}

function phrasesOf(people: readonly MentionPerson[]): Phrase[] {
  return people.flatMap((person) =>
    [person.name, person.preferredName ?? '']
      .map(wordsOf)
      .filter((words) => words.length > 0)
      .flatMap((words) => words.map((_, i) => ({ personId: person.id, words: words.slice(0, i + 1), whole: i === words.length - 1 }))),
  );
}

/** Where `phrase` ends if the folded text spells it from `at`, followed by a word boundary; else -1. */
function matchEnd(folded: string, at: number, phrase: Phrase): number {
  let position = at;
  for (const [index, word] of phrase.words.entries()) {
    if (index > 0) {
      NAME_GAP.lastIndex = position;
      if (!NAME_GAP.test(folded)) return -1;
      position = NAME_GAP.lastIndex;
    }
    if (!folded.startsWith(word, position)) return -1;
    position += word.length;
  }
  const next = folded[position] ?? '';
  // "@Samantha" is not Sam, and "@sam.example" or "@Sam-style" are not a name followed by punctuation.
  if (LETTER_OR_DIGIT.test(next)) return -1;
  if (next !== '' && '.-_'.includes(next) && LETTER_OR_DIGIT.test(folded[position + 1] ?? '')) return -1;
  return position;
}

/**
 * The person the name at `at` (just after `@`) refers to. The longest match wins ("@Sam Lee" over
 * "@Sam"); among equally long ones, a whole name or preferred name beats the first word of a longer
 * name; anything still ambiguous (two Sams, "@Sam") stays plain text.
 */
function resolveAt(folded: string, at: number, phrases: readonly Phrase[]): { personId: string; end: number } | null {
  let best: { end: number; matches: Phrase[] } = { end: -1, matches: [] };
  for (const phrase of phrases) {
    const end = matchEnd(folded, at, phrase);
    if (end < 0 || end < best.end) continue;
    if (end > best.end) best = { end, matches: [] };
    best.matches.push(phrase);
  }
  const people = new Set(best.matches.map((m) => m.personId));
  if (people.size === 1) return { personId: best.matches[0]!.personId, end: best.end };
  const whole = new Set(best.matches.filter((m) => m.whole).map((m) => m.personId));
  if (whole.size === 1) return { personId: [...whole][0]!, end: best.end };
  return null;
}

type Range = [start: number, end: number];

/** Inline code spans (CommonMark: a run of n backticks closed by the next run of exactly n). */
function codeSpans(text: string, from: number, to: number): Range[] {
  const spans: Range[] = [];
  let i = from;
  while (i < to) {
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    if (text[i] !== '`') {
      i += 1;
      continue;
    }
    let n = 0;
    while (text[i + n] === '`') n += 1;
    let j = i + n;
    let closed = -1;
    while (j < to) {
      if (text[j] !== '`') {
        j += 1;
        continue;
      }
      let m = 0;
      while (text[j + m] === '`') m += 1;
      if (m === n) {
        closed = j + m;
        break;
      }
      j += m;
    }
    if (closed < 0) {
      i += n;
      continue;
    }
    spans.push([i, closed]);
    i = closed;
  }
  return spans;
}

const URL = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>]*/giu;

function urls(text: string, from: number, to: number): Range[] {
  return Array.from(text.slice(from, to).matchAll(URL), (m) => [from + m.index, from + m.index + m[0].length] as Range);
}

const FENCE = /^[ \t>]*(`{3,}|~{3,})/;
const LIST_ITEM = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[([ xX])\](?=[ \t]|$))?/;
const HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/;

interface Line {
  start: number;
  end: number;
  /** Inside a fenced code block (fence lines included). */
  code: boolean;
  /** Part of an unchecked to-do item (its first line or a continuation line). */
  openTodo: boolean;
}

/** The entry's lines, with fenced code marked and each line's to-do state carried through continuation lines. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let fence: { char: string; length: number } | null = null;
  let openTodo = false;
  let start = 0;
  for (const raw of text.split('\n')) {
    const end = start + raw.length;
    const fenceMark = FENCE.exec(raw);
    if (fence) {
      const closes = fenceMark && fenceMark[1]![0] === fence.char && fenceMark[1]!.length >= fence.length && raw.slice(fenceMark[0].length).trim() === '';
      if (closes) fence = null;
      lines.push({ start, end, code: true, openTodo: false });
    } else if (fenceMark) {
      fence = { char: fenceMark[1]![0]!, length: fenceMark[1]!.length };
      lines.push({ start, end, code: true, openTodo: false });
    } else {
      const item = LIST_ITEM.exec(raw);
      // A list item starts a new state; a blank line or a heading ends the item; other lines continue it.
      if (item) openTodo = item[1] === ' ';
      else if (raw.trim() === '' || HEADING.test(raw)) openTodo = false;
      lines.push({ start, end, code: false, openTodo });
    }
    start = end + 1;
  }
  return lines;
}

const within = (ranges: readonly Range[], at: number) => ranges.some(([from, to]) => at >= from && at < to);

/** Every `@Name` in the entry that names one known person, split into contact and intentions. */
export function parseMentions(markdown: string, people: readonly MentionPerson[]): ParsedMentions {
  return mentionParser(people)(markdown);
}

/**
 * `parseMentions` for many entries against the same people: the names are prepared once, which is
 * most of the cost of one short entry (the evidence pack reads months of entries at a time).
 */
export function mentionParser(people: readonly MentionPerson[]): (markdown: string) => ParsedMentions {
  const phrases = phrasesOf(people);
  return (markdown) => mentionsWith(markdown, phrases);
}

function mentionsWith(markdown: string, phrases: readonly Phrase[]): ParsedMentions {
  const found: ParsedMentions = { mentions: [], intentions: [], contactIds: [], intentionIds: [] };
  if (phrases.length === 0 || !markdown.includes('@')) return found;

  const lines = linesOf(markdown);
  const skipped: Range[] = [];
  // Code spans may wrap lines inside a paragraph, so they are found per run of non-blank prose lines.
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (line.code || line.start === line.end) {
      i += 1;
      continue;
    }
    let last = i;
    while (lines[last + 1] && !lines[last + 1]!.code && lines[last + 1]!.start !== lines[last + 1]!.end) last += 1;
    const to = lines[last]!.end;
    skipped.push(...codeSpans(markdown, line.start, to), ...urls(markdown, line.start, to));
    i = last + 1;
  }

  const { text: folded, origin } = foldWithOrigin(markdown);
  let lineIndex = 0;
  for (let f = folded.indexOf('@'); f >= 0; f = folded.indexOf('@', f + 1)) {
    const at = origin[f]!;
    while (lines[lineIndex]!.end < at) lineIndex += 1;
    const line = lines[lineIndex]!;
    if (line.code || within(skipped, at)) continue;
    if (isEscaped(markdown, at)) continue;
    if (f > 0 && NOT_BEFORE_MENTION.test(folded[f - 1]!)) continue;
    const resolved = resolveAt(folded, f + 1, phrases);
    if (!resolved) continue;
    const mention = { personId: resolved.personId, start: at, end: origin[resolved.end]! };
    if (line.openTodo) found.intentions.push(mention);
    else found.mentions.push(mention);
  }
  found.contactIds = [...new Set(found.mentions.map((m) => m.personId))];
  found.intentionIds = [...new Set(found.intentions.map((m) => m.personId))];
  return found;
}

/** `\@Sam` is a literal @ in markdown: an odd number of backslashes escapes it. */
function isEscaped(text: string, at: number): boolean {
  let slashes = 0;
  while (text[at - 1 - slashes] === '\\') slashes += 1;
  return slashes % 2 === 1;
}

/**
 * People whose name or preferred name fits what is typed after `@`, best first: an exact name, then a
 * preferred name that starts with it, then a full name, then a later name word ("Nat" → Priya Natarajan);
 * alphabetical within each. An empty query lists everyone.
 */
export function mentionCandidates<P extends MentionPerson>(query: string, people: readonly P[], limit = 8): P[] {
  const typed = wordsOf(query).join(' ');
  const ranked = people.flatMap((person) => {
    const name = wordsOf(person.name);
    const preferred = person.preferredName ? wordsOf(person.preferredName).join(' ') : '';
    const full = name.join(' ');
    let rank: number;
    if (typed === '') rank = 0;
    else if (typed === full || typed === preferred) rank = 0;
    else if (preferred.startsWith(typed)) rank = 1;
    else if (full.startsWith(typed)) rank = 2;
    else if (name.some((_, i) => i > 0 && name.slice(i).join(' ').startsWith(typed))) rank = 3;
    else return [];
    return [{ person, rank }];
  });
  ranked.sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name, undefined, { sensitivity: 'base' }));
  return ranked.slice(0, limit).map((r) => r.person);
}

/**
 * What to write after `@` so the mention resolves back to this person: the preferred name, else the
 * first name, else the full name — the first that is not ambiguous among `people`.
 */
export function mentionText(person: MentionPerson, people: readonly MentionPerson[]): string {
  const firstName = person.name.trim().split(/\s+/)[0] ?? person.name;
  const options = [person.preferredName, firstName, person.name.trim()].filter((o): o is string => Boolean(o?.trim()));
  for (const option of options) {
    const [mention] = parseMentions(`@${option}`, people).mentions;
    if (mention?.personId === person.id && mention.end === option.length + 1) return option;
  }
  return person.name.trim();
}
