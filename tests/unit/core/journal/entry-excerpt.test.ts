import { describe, expect, it } from 'vitest';
import { entryExcerpt } from '../../../../src/core/journal/entry-excerpt';

describe('an entry’s opening words for the Journal’s list', () => {
  it.each<[label: string, body: string, max: number, expected: string]>([
    ['plain text', 'Coffee with Sam.', 160, 'Coffee with Sam.'],
    ['headings, lists and to-dos lose their marks; lines join', '## Who did I invest in today?\nPairing with @Sam.\n\n- [ ] call @Priya\n- done', 160, 'Who did I invest in today? · Pairing with Sam. · call Priya · done'],
    ['emphasis and code lose their marks', 'A **hard** talk, _calm_ after; `rota` sorted', 160, 'A hard talk, calm after; rota sorted'],
    ['an email address keeps its @', 'Wrote to sam@example.com', 160, 'Wrote to sam@example.com'],
    ['a long entry is cut at a word, with an ellipsis', 'one two three four five six', 15, 'one two three…'],
    ['a cut never ends on a separator', 'First line here\nsecond line', 17, 'First line here…'],
    ['a single long word is cut where it must', 'Supercalifragilistic', 10, 'Supercalif…'],
  ])('%s', (_, body, max, expected) => {
    expect(entryExcerpt(body, max)).toBe(expected);
  });
});
