import { describe, expect, it } from 'vitest';
import { ftsMatchOf, ftsMatchTemplateOf, parseQuery, type QueryFilters } from '../../../../src/core/search/parse-query';

/** What FTS5 is asked (null: filters alone), and the tidy words shown as "what was searched". */
describe('parseQuery: words', () => {
  it.each<[string, string | null, string]>([
    ['promo', '"promo"*', 'promo'],
    ['Promo', '"Promo"*', 'Promo'],
    ['promo review', '"promo"* AND "review"*', 'promo review'],
    ['  promo   review  ', '"promo"* AND "review"*', 'promo review'],
    ['"exam week"', '"exam week"', '"exam week"'],
    ['"review"', '"review"', 'review'],
    ['sam "exam week"', '"sam"* AND "exam week"', 'sam "exam week"'],
    ['budget -travel', '("budget"*) NOT ("travel"*)', 'budget -travel'],
    ['budget -"travel plan"', '("budget"*) NOT ("travel plan")', 'budget -"travel plan"'],
    ['promo or raise', '("promo"* OR "raise"*)', 'promo or raise'],
    ['promo OR raise', '("promo"* OR "raise"*)', 'promo or raise'],
    ['promo or raise or bonus', '("promo"* OR "raise"* OR "bonus"*)', 'promo or raise or bonus'],
    ['exam promo or raise', '"exam"* AND ("promo"* OR "raise"*)', 'exam promo or raise'],
    ['or', '"or"', 'or'],
    ['promo or', '"promo"* AND "or"', 'promo or'],
    ['or promo', '"or" AND "promo"*', 'or promo'],
    ['zoë', '"zoë"*', 'zoë'],
    ['René', '"René"*', 'René'],
    ['Łódź', '"Łódź"*', 'Łódź'],
    ['日本', '"日本"', '日本'],
    ['a', '"a"', 'a'],
    ['ab', '"ab"', 'ab'],
    ['abc', '"abc"*', 'abc'],
    ["don't", '"don t"', '"don t"'],
    ['e-mail', '"e mail"*', '"e mail"'],
    ['1:1', '"1 1"', '"1 1"'],
  ])('%s', (query, match, words) => {
    const parsed = parseQuery(query);
    expect(ftsMatchOf(parsed)).toBe(match);
    expect(parsed.words).toBe(words);
    expect(parsed.chips).toEqual([]);
  });
});

describe('parseQuery: malformed input is searched as plain words, never an error', () => {
  it.each<[string, string | null]>([
    ['', null],
    ['   ', null],
    ['"exam week', '"exam"* AND "week"*'],
    ['exam week"', '"exam"* AND "week"*'],
    ['"', null],
    ['""', null],
    ['-', null],
    ['- promo', '"promo"*'],
    ['--promo', null],
    ['NEAR(promo raise)', '"NEAR promo"* AND "raise"*'],
    ['promo*', '"promo"*'],
    ['*', null],
    ['promo:', '"promo"*'],
    [':', null],
    ['title:promo', '"title promo"*'],
    ['(promo)', '"promo"*'],
    ['promo AND raise', '"promo"* AND "AND"* AND "raise"*'],
    ['promo NOT raise', '"promo"* AND "NOT"* AND "raise"*'],
    ['^promo', '"promo"*'],
    ['"a""b"', '"a" AND "b"'],
    ['say "hi', '"say"* AND "hi"'],
    ['🎉', null],
    ['🎉 party', '"party"*'],
    ['kind:', '"kind"*'],
    ['person:', '"person"*'],
    ['kind:unicorn', '"kind unicorn"*'],
    ['before:2026-02-30', '"before 2026 02 30"'],
    ['before:tomorrow', '"before tomorrow"*'],
  ])('%s', (query, match) => {
    expect(ftsMatchOf(parseQuery(query))).toBe(match);
  });
});

const none: QueryFilters = { people: [], kinds: [], before: null, after: null, within: null, owner: null, state: null, archived: false };

describe('parseQuery: filters as words', () => {
  it.each<[string, Partial<QueryFilters>, string | null, string[]]>([
    ['person:Sam', { people: ['Sam'] }, null, ['Person: Sam']],
    ['person:"Rivera, Sam" promo', { people: ['Rivera, Sam'] }, '"promo"*', ['Person: Rivera, Sam']],
    ['PERSON:zoe', { people: ['zoe'] }, null, ['Person: zoe']],
    ['kind:goal', { kinds: ['goal', 'progress'] }, null, ['Goals']],
    ['kind:note|journal exam', { kinds: ['note', 'journal'] }, '"exam"*', ['Notes or Journal']],
    ['kind:commitments', { kinds: ['commitment'] }, null, ['Commitments']],
    ['kind:talking-point', { kinds: ['talking_point'] }, null, ['Talking points']],
    ['before:2026-01-01', { before: '2026-01-01' }, null, ['Before 2026-01-01']],
    ['after:2025-12-31 offsite', { after: '2025-12-31' }, '"offsite"*', ['After 2025-12-31']],
    ['before:2026-03-01 before:2026-02-01', { before: '2026-02-01' }, null, ['Before 2026-03-01', 'Before 2026-02-01']],
    ['this month', { within: { unit: 'month' } }, null, ['This month']],
    ['This Month budget', { within: { unit: 'month' } }, '"budget"*', ['This month']],
    ['last 90 days', { within: { unit: 'days', days: 90 } }, null, ['Last 90 days']],
    ['last 1 day', { within: { unit: 'days', days: 1 } }, null, ['Last 1 day']],
    ['last days', {}, '"last"* AND "days"*', []],
    ['last 0 days', {}, '"last"* AND "0" AND "days"*', []],
    ['mine', { owner: 'me' }, null, ['Mine']],
    ['their asks', { owner: 'them' }, null, ['Their asks']],
    ['open', { state: 'open' }, null, ['Open']],
    ['done budget', { state: 'done' }, '"budget"*', ['Done']],
    ['"open"', {}, '"open"', []],
    ['archived', { archived: true }, null, ['Including archived people']],
    ['mine open this month budget', { owner: 'me', state: 'open', within: { unit: 'month' } }, '"budget"*', ['Mine', 'Open', 'This month']],
    ['-kind:goal', {}, null, []],
  ])('%s', (query, filters, match, chips) => {
    const parsed = parseQuery(query);
    expect(parsed.filters).toEqual({ ...none, ...filters });
    expect(ftsMatchOf(parsed)).toBe(match);
    expect(parsed.chips.map((c) => c.label)).toEqual(chips);
  });

  it('keeps each filter\'s text as typed, so a chip can be removed from the query', () => {
    const query = 'person:"Rivera, Sam" kind:note  last 90 days promo';
    const parsed = parseQuery(query);
    expect(parsed.chips.map((c) => c.source)).toEqual(['person:"Rivera, Sam"', 'kind:note', 'last 90 days']);
    for (const chip of parsed.chips) expect(query).toContain(chip.source);
  });

  it('a negated filter leaves its words out instead', () => {
    expect(parseQuery('budget -kind:goal').excluded).toEqual([{ words: ['kind', 'goal'], prefix: true }]);
  });
});

describe('ftsMatchTemplateOf: a long prefix whose `*` the index may leave out', () => {
  // [query, pieces, words asked of the index]: joined with '*' after every asked word, the pieces are ftsMatchOf.
  it.each<[string, string[], string[]]>([
    ['conference', ['"conference"', ''], ['conference']],
    ['Conference', ['"Conference"', ''], ['conference']],
    ['KILIMANJARO', ['"KILIMANJARO"', ''], ['kilimanjaro']],
    ['abc1234567', ['"abc1234567"', ''], ['abc1234567']],
    // As long as the longest prefix index (6) or shorter: FTS5 pages those already.
    ['promot', ['"promot"*'], []],
    ['promo', ['"promo"*'], []],
    ['ab', ['"ab"'], []],
    // Accents are folded by FTS5's tokenizer, not here: the `*` stays.
    ['conférence', ['"conférence"*'], []],
    ['Zoëlinger', ['"Zoëlinger"*'], []],
    // Phrases: quoted is exact; a hyphenated run is a phrase with its own `*`.
    ['"conference room"', ['"conference room"'], []],
    ['"conference"', ['"conference"'], []],
    ['conference-room', ['"conference room"*'], []],
    ['conference budget', ['"conference"', ' AND "budget"*'], ['conference']],
    ['conference or kilimanjaro', ['("conference"', ' OR "kilimanjaro"', ')'], ['conference', 'kilimanjaro']],
    ['budget -conference', ['("budget"*) NOT ("conference"', ')'], ['conference']],
    ['-conference', [], []],
    ['person:Sam', [], []],
  ])('%s', (query, pieces, words) => {
    const parsed = parseQuery(query);
    const template = ftsMatchTemplateOf(parsed);
    if (pieces.length === 0) {
      expect(template).toBeNull();
      return;
    }
    expect(template).toEqual({ pieces, words });
    expect(template!.pieces.join('*')).toBe(ftsMatchOf(parsed));
  });
});
