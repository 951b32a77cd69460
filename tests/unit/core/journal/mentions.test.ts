import { describe, expect, it } from 'vitest';
import { mentionCandidates, mentionText, parseMentions, type MentionPerson } from '../../../../src/core/journal/mentions';

const team: MentionPerson[] = [
  { id: 'sam-lee', name: 'Sam Lee', preferredName: null },
  { id: 'sam-ortiz', name: 'Sam Ortiz', preferredName: null },
  { id: 'priya', name: 'Priya Natarajan', preferredName: null },
  { id: 'zoe', name: 'Zoë Müller', preferredName: null },
  { id: 'jose', name: 'José Álvarez', preferredName: 'Pepe' },
  { id: 'kate', name: 'Katherine Smith', preferredName: 'Kate' },
  { id: 'mary', name: 'Mary Jane Watson', preferredName: null },
  { id: 'homer', name: 'Homer Simpson', preferredName: null },
  { id: 'soren', name: 'Søren Kierkegaard', preferredName: null },
  { id: 'jean', name: 'Jean-Luc Picard', preferredName: null },
];

/** A mention as `id "source text"`, easy to read in a table. */
type Seen = string;
const seen = (text: string, list: { personId: string; start: number; end: number }[]): Seen[] =>
  list.map((m) => `${m.personId} "${text.slice(m.start, m.end)}"`);

describe('parseMentions', () => {
  it.each<[label: string, text: string, contact: Seen[], intentions?: Seen[]]>([
    // Names: case, accents, preferred names, several words.
    ['a first name', 'Talked to @Priya about the move', ['priya "@Priya"']],
    ['case is ignored', 'thanks @PRIYA and @homer', ['priya "@PRIYA"', 'homer "@homer"']],
    ['the full name', '@Priya Natarajan helped', ['priya "@Priya Natarajan"']],
    ['accents ignored in the text', 'lunch with @Zoe', ['zoe "@Zoe"']],
    ['accents ignored in the name', 'lunch with @zoë', ['zoe "@zoë"']],
    ['a decomposed accent stays inside the mention', 'lunch with @Zoe\u0308, fun', ['zoe "@Zoe\u0308"']],
    ['letters without a decomposition (ø)', 'asked @Soren', ['soren "@Soren"']],
    ['the preferred name', 'coffee with @Pepe', ['jose "@Pepe"']],
    ['the full name of someone with a preferred name', 'coffee with @José Álvarez', ['jose "@José Álvarez"']],
    ['a first name of someone with a preferred name', 'coffee with @Katherine', ['kate "@Katherine"']],
    ['three words: the longest match wins', '@Mary Jane Watson and @Mary Jane', ['mary "@Mary Jane Watson"', 'mary "@Mary Jane"']],
    ['a hyphenated first name', 'said @Jean-Luc', ['jean "@Jean-Luc"']],
    // Two people share a first name.
    ['a shared first name alone is ambiguous: plain text', 'met @Sam today', []],
    ['a shared first name with the surname', '@Sam Lee and @Sam Ortiz paired', ['sam-lee "@Sam Lee"', 'sam-ortiz "@Sam Ortiz"']],
    ['a surname that only starts the same does not match', 'met @Sam Leeds', []],
    // Unknown names stay plain text.
    ['an unknown name', 'met @Alex', []],
    ['a longer word is not a name', '@Samantha and @Priyanka', []],
    ['part of a word is not a name (@home is not Homer)', 'worked @home', []],
    ['a surname alone is not a mention', 'asked @Natarajan', []],
    ['a lone @', 'meet @ 3pm', []],
    // Punctuation after a name.
    ['comma', 'with @Priya, then', ['priya "@Priya"']],
    ['full stop at the end', 'Thanked @Priya.', ['priya "@Priya"']],
    ['exclamation, colon, brackets', '(@Priya)! @Homer: ok', ['priya "@Priya"', 'homer "@Homer"']],
    ['possessive', "@Priya's idea and @Homer’s plan", ['priya "@Priya"', 'homer "@Homer"']],
    ['possessive after a full name', "@Sam Lee's review", ['sam-lee "@Sam Lee"']],
    ['bold and italics', '**@Priya** and _@Homer_', ['priya "@Priya"', 'homer "@Homer"']],
    // E-mail addresses and URLs.
    ['an e-mail address', 'mail priya@example.com today', []],
    ['an e-mail address whose local part is a name', 'write to sam.lee@corp.example', []],
    ['a domain right after a name', 'see @priya.example for more', []],
    ['a URL with @ in its path', 'see https://social.example/@priya', []],
    ['a www address', 'see www.example.com/@Homer', []],
    ['a mailto link', '[mail](mailto:homer@example.com)', []],
    ['link text mentions, its URL does not', '[@Priya](https://x.example/@Homer)', ['priya "@Priya"']],
    ['@@ is not a mention', 'odd @@Priya', []],
    ['an escaped @ is literal', 'literal \\@Priya', []],
    // Code.
    ['an inline code span', 'typed `@Priya` in the chat', []],
    ['a double-backtick span holding a backtick', 'typed ``a ` @Priya`` then @Homer', ['homer "@Homer"']],
    ['an unmatched backtick is just a character', 'a ` then @Priya', ['priya "@Priya"']],
    ['an escaped backtick opens no span', 'a \\`x @Priya `y', ['priya "@Priya"']],
    ['a code span wrapped over two lines of one paragraph', 'a `code\n@Priya` b', []],
    ['backticks in different paragraphs do not pair', 'a `x\n\n@Priya `y', ['priya "@Priya"']],
    ['a fenced block', '```\n@Priya\n```\n@Homer', ['homer "@Homer"']],
    ['a tilde fence with an info string', '~~~ts\nconst x = "@Priya";\n~~~\nthen @Homer', ['homer "@Homer"']],
    ['a longer fence is closed only by one as long', '````\n```\n@Priya\n````\n@Homer', ['homer "@Homer"']],
    ['an unclosed fence runs to the end', 'x\n```\n@Priya\n@Homer', []],
    // To-dos: unchecked is an intention, checked is contact.
    ['an unchecked to-do', '- [ ] call @Priya', [], ['priya "@Priya"']],
    ['a checked to-do', '- [x] called @Priya', ['priya "@Priya"']],
    ['a checked to-do with a capital X', '* [X] called @Priya', ['priya "@Priya"']],
    ['a numbered unchecked to-do', '1. [ ] ask @Priya about it', [], ['priya "@Priya"']],
    ['a plain list item is contact', '- met @Priya', ['priya "@Priya"']],
    ['brackets not followed by a space are not a to-do', '- [ ]call @Priya', ['priya "@Priya"']],
    ['a continuation line stays in the to-do', '- [ ] call @Priya\n  and @Homer', [], ['priya "@Priya"', 'homer "@Homer"']],
    ['a lazy continuation line too (markdown renders it in the item)', '- [ ] call @Priya\nand @Homer', [], ['priya "@Priya"', 'homer "@Homer"']],
    ['a blank line ends the to-do', '- [ ] call @Priya\n\n@Homer came by', ['homer "@Homer"'], ['priya "@Priya"']],
    ['the next list item ends it', '- [ ] call @Priya\n- met @Homer', ['homer "@Homer"'], ['priya "@Priya"']],
    ['nested: done parent, open child', '- [x] met @Homer\n  - [ ] follow up with @Priya', ['homer "@Homer"'], ['priya "@Priya"']],
    ['a to-do in a quote', '> - [ ] call @Priya', [], ['priya "@Priya"']],
    ['a heading ends it', '- [ ] call @Priya\n## Later\n@Homer', ['homer "@Homer"'], ['priya "@Priya"']],
    ['Windows line endings', '- [ ] call @Priya\r\n\r\n- [x] @Homer\r\n', ['homer "@Homer"'], ['priya "@Priya"']],
  ])('%s', (_, text, contact, intentions = []) => {
    const parsed = parseMentions(text, team);
    expect(seen(text, parsed.mentions)).toEqual(contact);
    expect(seen(text, parsed.intentions)).toEqual(intentions);
  });

  it('lists each person once, contact and intentions apart', () => {
    const text = 'Walked with @Homer and @Priya. Later @homer again.\n\n- [ ] book time with @Homer\n- [ ] ask @Kate';
    const parsed = parseMentions(text, team);
    expect(parsed.contactIds).toEqual(['homer', 'priya']);
    expect(parsed.intentionIds).toEqual(['homer', 'kate']);
  });

  it('gives offsets into the original text', () => {
    expect(parseMentions('Hi @Zoë!', team).mentions).toEqual([{ personId: 'zoe', start: 3, end: 7 }]);
  });

  it('finds nothing without people or without an @', () => {
    expect(parseMentions('@Priya', []).mentions).toEqual([]);
    expect(parseMentions('Priya', team).mentions).toEqual([]);
  });

  it('a whole preferred name wins over the first word of a longer name', () => {
    const people = [...team, { id: 'samuel', name: 'Samuel Okafor', preferredName: 'Sam' }];
    expect(parseMentions('met @Sam', people).mentions.map((m) => m.personId)).toEqual(['samuel']);
    expect(parseMentions('met @Sam Lee', people).mentions.map((m) => m.personId)).toEqual(['sam-lee']);
  });

  it('two people with the same whole name stay plain text', () => {
    const twins = [
      { id: 'a', name: 'Alex Kim', preferredName: null },
      { id: 'b', name: 'Alex Kim', preferredName: null },
    ];
    expect(parseMentions('@Alex Kim', twins).mentions).toEqual([]);
  });
});

describe('mentionCandidates', () => {
  const names = (query: string, limit?: number) => mentionCandidates(query, team, limit).map((p) => p.name);
  it.each<[query: string, expected: string[]]>([
    ['sa', ['Sam Lee', 'Sam Ortiz']],
    ['SAM L', ['Sam Lee']],
    ['zo', ['Zoë Müller']],
    ['ZOË', ['Zoë Müller']],
    ['sor', ['Søren Kierkegaard']],
    ['pe', ['José Álvarez']],
    ['jose', ['José Álvarez']],
    ['nat', ['Priya Natarajan']],
    ['alvarez', ['José Álvarez']],
    ['k', ['Katherine Smith', 'Søren Kierkegaard']],
    ['mary jane w', ['Mary Jane Watson']],
    ['  priya  ', ['Priya Natarajan']],
    ['x', []],
  ])('%j → %j', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('puts an exact name first, then preferred names, then names, then later words', () => {
    const people: MentionPerson[] = [
      { id: '1', name: 'Bo Alvarado', preferredName: null },
      { id: '2', name: 'Alan Smith', preferredName: null },
      { id: '3', name: 'Christopher Young', preferredName: 'Al' },
      { id: '4', name: 'Al Green', preferredName: null },
      { id: '5', name: 'Albert Ng', preferredName: 'Bert' },
    ];
    expect(mentionCandidates('al', people).map((p) => p.id)).toEqual(['3', '4', '2', '5', '1']);
  });

  it('lists everyone alphabetically for an empty query, up to the limit', () => {
    expect(names('', 3)).toEqual(['Homer Simpson', 'Jean-Luc Picard', 'José Álvarez']);
    expect(names('')).toHaveLength(8);
  });
});

describe('mentionText: what autocomplete writes so the mention resolves back', () => {
  it.each<[id: string, text: string]>([
    ['priya', 'Priya'],
    ['sam-lee', 'Sam Lee'],
    ['jose', 'Pepe'],
    ['kate', 'Kate'],
    ['jean', 'Jean-Luc'],
    ['mary', 'Mary'],
  ])('%s → @%s', (id, text) => {
    expect(mentionText(team.find((p) => p.id === id)!, team)).toBe(text);
  });

  it('every person on the team round-trips through a mention', () => {
    for (const person of team) {
      const entry = `Spoke with @${mentionText(person, team)}, good talk.`;
      expect(parseMentions(entry, team).contactIds).toEqual([person.id]);
    }
  });
});
