import { describe, expect, it } from 'vitest';
import { insertMention, keyAfterMention, matchPeople, typedMention } from '../../../../src/renderer/features/journal/mention-match';

const TEAM = [
  { name: 'Samuel Okafor', preferredName: 'Sam' },
  { name: 'Priya Natarajan', preferredName: null },
  { name: 'José Álvarez', preferredName: null },
  { name: 'Sandra Lee', preferredName: null },
];

describe('typedMention', () => {
  it.each([
    ['Met @Sa', 7, { at: 4, query: 'Sa' }],
    ['@', 1, { at: 0, query: '' }],
    ['(@jo', 4, { at: 1, query: 'jo' }],
    ['Talked to @Priya Na', 19, { at: 10, query: 'Priya Na' }],
  ])('%s at %i → %o', (text, caret, expected) => {
    expect(typedMention(text, caret)).toEqual(expected);
  });

  it.each([
    ['mail sam@example.com', 20],
    ['no mention here', 15],
    ['\\@Sam', 5],
    ['@Sam and more words', 19],
  ])('%s is not a mention being typed', (text, caret) => {
    expect(typedMention(text, caret)).toBeNull();
  });
});

describe('matchPeople', () => {
  it('ignores case and accents and puts preferred names first', () => {
    expect(matchPeople('sa', TEAM).map((p) => p.name)).toEqual(['Samuel Okafor', 'Sandra Lee']);
    expect(matchPeople('jose', TEAM).map((p) => p.name)).toEqual(['José Álvarez']);
    expect(matchPeople('alv', TEAM).map((p) => p.name)).toEqual(['José Álvarez']);
    expect(matchPeople('nat', TEAM).map((p) => p.name)).toEqual(['Priya Natarajan']);
    expect(matchPeople('zed', TEAM)).toEqual([]);
    expect(matchPeople('', TEAM)).toHaveLength(4);
  });
});

describe('insertMention', () => {
  it('replaces the typed query with the full name and a space, caret after it', () => {
    expect(insertMention('Met @Sa today', { at: 4, query: 'Sa' }, 'Samuel Okafor')).toEqual({ text: 'Met @Samuel Okafor today', caret: 19 });
  });
});

describe('keyAfterMention', () => {
  it.each([
    ['a space is not doubled', 'Met @Sam Rivera ', 16, ' ', { text: 'Met @Sam Rivera ', caret: 16 }],
    ['a comma before words that follow keeps their space', 'Met @Sam Rivera today', 16, ',', { text: 'Met @Sam Rivera, today', caret: 16 }],
    ['a full stop at the end, the next space typed as usual', 'Met @Sam Rivera ', 16, '.', { text: 'Met @Sam Rivera.', caret: 16 }],
    ['a closing bracket before a space already there', '(with @Sam Rivera  and', 18, ')', { text: '(with @Sam Rivera) and', caret: 18 }],
    ['a letter is typed as usual', 'Met @Sam Rivera ', 16, 'a', null],
    ['a dash is typed as usual', 'Met @Sam Rivera ', 16, '-', null],
    ['no space before the caret', 'Met @Sam Rivera', 15, ' ', null],
  ])('%s', (_what, text, caret, key, expected) => {
    expect(keyAfterMention(text, caret, key)).toEqual(expected);
  });
});
