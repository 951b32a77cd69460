import { describe, expect, it } from 'vitest';
import { peopleNamed } from '../../../../src/core/search/match-people';
import { HIT_END, HIT_START, openingOf, snippetSegments } from '../../../../src/core/search/snippet-segments';

const mark = (text: string) => `${HIT_START}${text}${HIT_END}`;

describe('snippetSegments', () => {
  it.each([
    ['plain text', [{ text: 'plain text', hit: false }]],
    [`the ${mark('promotion')} case`, [{ text: 'the ', hit: false }, { text: 'promotion', hit: true }, { text: ' case', hit: false }]],
    [`${mark('a')}${mark('b')} c`, [{ text: 'ab', hit: true }, { text: ' c', hit: false }]],
    [`<b>${mark('x')}</b>`, [{ text: '<b>', hit: false }, { text: 'x', hit: true }, { text: '</b>', hit: false }]],
    [`cut ${HIT_START}off`, [{ text: 'cut ', hit: false }, { text: 'off', hit: true }]],
    ['', []],
  ])('%j', (marked, segments) => {
    expect(snippetSegments(marked)).toEqual(segments);
  });

  it('opens a record found by filters alone with its first words, cut at a word', () => {
    expect(openingOf('Short\n\nnote')).toEqual([{ text: 'Short note', hit: false }]);
    const long = openingOf('word '.repeat(100), 30);
    expect(long[0]!.text).toBe('word word word word word word…');
  });
});

describe('peopleNamed', () => {
  const people = [
    { id: 'sam', name: 'Sam Rivera', preferredName: null },
    { id: 'zoe', name: 'Zoë Martin', preferredName: 'Zo' },
    { id: 'samira', name: 'Samira Haddad', preferredName: null },
    { id: 'rene', name: 'René Dubois', preferredName: 'Ren' },
  ];
  it.each([
    ['Sam Rivera', ['sam']],
    ['Rivera, Sam', ['sam']],
    ['rivera sam', ['sam']],
    ['sam', ['sam', 'samira']],
    ['zoe', ['zoe']],
    ['ZOË martin', ['zoe']],
    ['rene', ['rene']],
    ['Dubois René', ['rene']],
    ['nobody', []],
    ['', []],
  ])('%s', (typed, ids) => {
    expect(peopleNamed(typed, people)).toEqual(ids);
  });
});
