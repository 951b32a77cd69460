import { describe, expect, it } from 'vitest';
import { STALE, latestOnly } from '../../../../src/renderer/features/search/latest-only';
import { withFilter, withoutFilter } from '../../../../src/renderer/features/search/query-text';
import { RECENT_MAX, clearRecentSearches, recentSearches, rememberSearch } from '../../../../src/renderer/features/search/recent-searches';
import { countsLine, groupByKind, readableSnippet, searchedWords } from '../../../../src/renderer/features/search/search-display';
import { firstMatchOf } from '../../../../src/renderer/app/first-match';
import type { SearchHit } from '../../../../src/shared/search';
import { memoryStorage } from '../memory-storage';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('latestOnly: keystroke answers arrive in order', () => {
  it('drops an older answer that arrives after a newer one', async () => {
    const answers = [deferred<string>(), deferred<string>()];
    let n = 0;
    const ask = latestOnly(() => answers[n++]!.promise);
    const first = ask();
    const second = ask();
    answers[1]!.resolve('pr-omo');
    answers[0]!.resolve('p');
    expect(await second).toBe('pr-omo');
    expect(await first).toBe(STALE);
  });

  it('a failure of an older call is stale too; the newest one\'s failure is thrown', async () => {
    const answers = [deferred<string>(), deferred<string>()];
    let n = 0;
    const ask = latestOnly(() => answers[n++]!.promise);
    const first = ask();
    const second = ask();
    answers[0]!.reject(new Error('old'));
    answers[1]!.reject(new Error('new'));
    expect(await first).toBe(STALE);
    await expect(second).rejects.toThrow('new');
  });
});

describe('recent searches', () => {
  it('keeps the newest first, once each, at most RECENT_MAX, and clears', () => {
    const storage = memoryStorage();
    expect(recentSearches(storage)).toEqual([]);
    rememberSearch(storage, 'promo');
    rememberSearch(storage, '  person:Sam   budget ');
    expect(rememberSearch(storage, 'promo')).toEqual(['promo', 'person:Sam budget']);
    expect(rememberSearch(storage, '   ')).toEqual(['promo', 'person:Sam budget']);
    for (let i = 0; i < 20; i++) rememberSearch(storage, `q${i}`);
    expect(recentSearches(storage)).toHaveLength(RECENT_MAX);
    clearRecentSearches(storage);
    expect(recentSearches(storage)).toEqual([]);
  });

  it('reads a damaged entry as none', () => {
    const storage = memoryStorage();
    storage.setItem('tend.search.recent', '{not json');
    expect(recentSearches(storage)).toEqual([]);
    storage.setItem('tend.search.recent', JSON.stringify(['ok', 3, null]));
    expect(recentSearches(storage)).toEqual(['ok']);
  });
});

describe('query text edits', () => {
  it.each([
    ['promo person:Sam kind:note', 'person:Sam', 'promo kind:note'],
    ['person:"Rivera, Sam" promo', 'person:"Rivera, Sam"', 'promo'],
    ['promo last 90 days', 'last 90 days', 'promo'],
    ['promo', 'kind:goal', 'promo'],
  ])('%s without %s', (query, source, expected) => {
    expect(withoutFilter(query, source)).toBe(expected);
  });

  it('adds a filter\'s words at the end', () => {
    expect(withFilter('', 'kind:note')).toBe('kind:note');
    expect(withFilter('promo  ', 'mine')).toBe('promo mine');
  });
});

const hit = (kind: SearchHit['kind'], id: string): SearchHit => ({ kind, id, goalId: null, person: null, day: '2026-11-20', snippet: [] });

describe('search display', () => {
  it('groups by kind in the usual order, each hit keeping its place for the keyboard', () => {
    const groups = groupByKind([hit('commitment', 'c'), hit('note', 'n1'), hit('journal', 'j'), hit('note', 'n2')]);
    expect(groups.map((g) => [g.label, g.hits.map((h) => `${h.hit.id}@${h.index}`)])).toEqual([
      ['Notes', ['n1@1', 'n2@3']],
      ['Journal', ['j@2']],
      ['Commitments', ['c@0']],
    ]);
  });

  it('says the counts most first, and when counting stopped early', () => {
    expect(countsLine({ counts: { note: 2, commitment: 5 }, countsCapped: false })).toBe('Commitments 5 · Notes 2');
    expect(countsLine({ counts: { note: 500 }, countsCapped: true })).toBe('Notes 500 (counting the newest 500)');
    expect(countsLine({ counts: {}, countsCapped: false })).toBe('');
  });

  it('says what was searched', () => {
    expect(searchedWords({ words: 'promo', filters: [] })).toBe('“promo”');
    // A phrase keeps its own quotes (found living a week: “"own the rolout"”).
    expect(searchedWords({ words: '"own the rolout"', filters: [] })).toBe('"own the rolout"');
    expect(searchedWords({ words: '"own the" rollout', filters: [] })).toBe('"own the" rollout');
    expect(searchedWords({ words: '', filters: [{ key: 'person', label: 'Person: Sam', source: 'person:Sam' }] })).toBe('everything with Person: Sam');
    expect(
      searchedWords({
        words: 'a',
        filters: [
          { key: 'kind', label: 'Notes', source: 'kind:note' },
          { key: 'owner', label: 'Mine', source: 'mine' },
          { key: 'state', label: 'Open', source: 'open' },
        ],
      }),
    ).toBe('“a” with Notes, Mine and Open');
  });
});

describe('firstMatchOf: the words to select in a journal entry', () => {
  it.each<[string, string, string | null]>([
    ['Thinking about promotions for the team.', 'promo', 'promotions'],
    ['Lunch with Zoë and René', 'zoe', 'Zoë'],
    ['Lunch with Zoë and René', 'rene lunch', 'Lunch'],
    ['Nothing here', 'promo', null],
    ['Emoji 🎉 then promo', 'promo', 'promo'],
    ['anything', '', null],
  ])('%s / %s', (text, words, selected) => {
    const match = firstMatchOf(text, words);
    expect(match === null ? null : text.slice(match.start, match.end)).toBe(selected);
  });
});

describe('readableSnippet', () => {
  it('shows a journal mention as the name, even when the name is the matched word', () => {
    expect(readableSnippet([{ text: 'Hard talk with @', hit: false }, { text: 'Priya', hit: true }, { text: ' Raman', hit: false }])).toEqual([
      { text: 'Hard talk with ', hit: false },
      { text: 'Priya', hit: true },
      { text: ' Raman', hit: false },
    ]);
  });

  it('reads a list item or a to-do without its dash and box', () => {
    expect(readableSnippet([{ text: 'the reorg.\n- [ ] call Kofi\n* ', hit: false }, { text: 'rota', hit: true }])).toEqual([
      { text: 'the reorg. call Kofi ', hit: false },
      { text: 'rota', hit: true },
    ]);
  });

  it('drops markdown marks around and between the marked words, never the words', () => {
    expect(
      readableSnippet([
        { text: 'Talked through the **launch ', hit: false },
        { text: 'plan', hit: true },
        { text: '**;\n## Next `steps`', hit: false },
      ]),
    ).toEqual([
      { text: 'Talked through the launch ', hit: false },
      { text: 'plan', hit: true },
      { text: '; Next steps', hit: false },
    ]);
  });
  // Found living a week: a search for "zoe" read "Zoë Park Engineer".
  it.each([
    ['person', [{ text: 'Zoë', hit: true }, { text: ' Park\nEngineer\nPlatform', hit: false }], ['Zoë', ' Park · Engineer · Platform']],
    ['goal', [{ text: 'Lead the launch', hit: false }, { text: '\n', hit: false }, { text: 'plan', hit: true }], ['Lead the launch', ' · ', 'plan']],
    ['note', [{ text: 'Maya has her exam.\nHe is ', hit: false }, { text: 'nervous', hit: true }], ['Maya has her exam. He is ', 'nervous']],
  ] as const)('a %s’s line breaks read as its kind means them', (kind, segments, texts) => {
    expect(readableSnippet(segments, kind).map((segment) => segment.text)).toEqual(texts);
  });
});
