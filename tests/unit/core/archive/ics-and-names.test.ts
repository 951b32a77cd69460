import { describe, expect, test } from 'vitest';
import { buildCalendar, escapeText, foldLine } from '../../../../src/core/archive/ics';
import { safeFileName } from '../../../../src/core/archive/markdown-export';
import { ARCHIVE_TABLES, DERIVED_TABLES, DEVICE_TABLES } from '../../../../src/core/archive/tables';
import { expectedTables } from '../../../../src/core/backup/candidate';
import { LATEST_SCHEMA_VERSION } from '../../../../src/core/db/migrate';

describe('ICS text', () => {
  test.each<[string, string]>([
    ['plain', 'plain'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\r\nthree', 'two\\nlines\\nthree'],
  ])('escapeText(%j) = %j', (input, output) => {
    expect(escapeText(input)).toBe(output);
  });

  test('folds at 75 octets, continuation lines start with a space, never splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBe(2);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(parts[1]!.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  test('a 29 February date repeats on the last day of February', () => {
    const text = buildCalendar([{ uid: 'u@tend', summary: 'Leap', on: '2000-02-29', yearly: true }], new Date('2026-11-23T14:00:00Z'));
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1');
    expect(text).toContain('DTSTAMP:20261123T140000Z');
    expect(text).toContain('DTEND;VALUE=DATE:20000301');
  });
});

describe('safeFileName', () => {
  test.each<[string, string]>([
    ['Priya Raman', 'Priya Raman.md'],
    ['Ana/Lima: "QA"?', 'Ana Lima QA.md'],
    ['  ..dots.. ', 'dots.md'],
    ['CON', 'CON (person).md'],
    ['\u0000\u0007', 'Person.md'],
    ['Zoë 山田', 'Zoë 山田.md'],
  ])('%j → %j', (name, file) => {
    expect(safeFileName(name, new Set())).toBe(file);
  });

  test('two people with one name (in any case) get two files', () => {
    const taken = new Set<string>();
    expect([safeFileName('Sam Kim', taken), safeFileName('sam kim', taken), safeFileName('Sam Kim', taken)]).toEqual(['Sam Kim.md', 'sam kim (2).md', 'Sam Kim (3).md']);
  });
});

test('every table of the schema is archived, declared derived or kept on the device (a new table must be placed)', () => {
  expect([...ARCHIVE_TABLES, ...DERIVED_TABLES, ...DEVICE_TABLES].sort()).toEqual(expectedTables(LATEST_SCHEMA_VERSION));
});
