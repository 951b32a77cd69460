import { describe, expect, test } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../../src/core/archive/csv';

const cellsOf = (text: string) => parseCsv(text).records.map((r) => r.cells);

describe('parseCsv', () => {
  test.each<[string, string, string[][]]>([
    ['plain', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['CRLF and no final newline', 'a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['quoted delimiter, quote and line break', 'name,note\n"Rivera, Sam","said ""hi""\nthen left"\n', [['name', 'note'], ['Rivera, Sam', 'said "hi"\nthen left']]],
    ['a byte-order mark is not part of the first header', '\uFEFFname,role\nAna,QA\n', [['name', 'role'], ['Ana', 'QA']]],
    ['semicolons (spreadsheets where the comma is the decimal mark)', 'name;cadence\nAna;7,5\n', [['name', 'cadence'], ['Ana', '7,5']]],
    ['empty cells kept, blank lines skipped', 'a,b,c\n\n1,,3\n,,\n', [['a', 'b', 'c'], ['1', '', '3'], ['', '', '']]],
    ['a quote inside an unquoted cell is text', 'a\n5" screen\n', [['a'], ['5" screen']]],
    ['tabs (a spreadsheet saved as tab-separated text)', 'name\trole\nAna\tQA, lead\n', [['name', 'role'], ['Ana', 'QA, lead']]],
    ['empty input', '', []],
  ])('%s', (_, text, expected) => {
    expect(cellsOf(text)).toEqual(expected);
  });

  test('records carry the line they start on, counting line breaks inside quotes', () => {
    expect(parseCsv('h\n"two\nlines"\nnext\n').records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  test('a quote never closed is reported on the row it opens, not read as a name holding line breaks', () => {
    const { records } = parseCsv('name,role\nAna,QA\n"Kate O\'Brien,Lead\nBob,Dev\n');
    expect(records.map((r) => [r.line, r.malformed ?? null])).toEqual([
      [1, null],
      [2, null],
      [3, expect.stringMatching(/opens a quote that is never closed/)],
    ]);
  });

  test.each<[string, ',' | ';' | '\t']>([
    ['name\trole\tteam', '\t'],
    ['name,role;team', ','],
    ['name;role;team', ';'],
    ['"a;b",c', ','],
    ['"a,b";c;d', ';'],
    ['name', ','],
  ])('detectDelimiter(%j) is %j', (header, delimiter) => {
    expect(detectDelimiter(header)).toBe(delimiter);
  });
});
