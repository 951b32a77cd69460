import { describe, expect, it } from 'vitest';
import { piecesWithoutMentionMarks, withoutMentionMarks } from '../../../src/shared/journal-plain-text';

describe('a mention reads as the name outside the editor', () => {
  it.each<[label: string, text: string, expected: string]>([
    ['a mention mid-line', 'Coffee with @Priya Raman today', 'Coffee with Priya Raman today'],
    ['a mention at the start of a line', '@Zoë Ñúñez was calm\n@Sam too', 'Zoë Ñúñez was calm\nSam too'],
    ['in brackets', 'a talk (@Sam) went well', 'a talk (Sam) went well'],
    ['an e-mail address keeps its @', 'wrote to sam@example.com', 'wrote to sam@example.com'],
    ['a lone @ or @@ stays', 'meet @ 3 and @@handle', 'meet @ 3 and @@handle'],
    ['markup stays text', '@<b>Sam</b>', '<b>Sam</b>'],
  ])('%s', (_, text, expected) => {
    expect(withoutMentionMarks(text)).toBe(expected);
  });

  it('drops the @ when the name is the next piece of a snippet, and keeps the pieces', () => {
    expect(
      piecesWithoutMentionMarks([
        { text: 'talked with @', hit: false },
        { text: 'Priya', hit: true },
        { text: ' Raman, wrote to a@', hit: false },
        { text: 'b', hit: true },
      ]),
    ).toEqual([
      { text: 'talked with ', hit: false },
      { text: 'Priya', hit: true },
      { text: ' Raman, wrote to a@', hit: false },
      { text: 'b', hit: true },
    ]);
  });
});
