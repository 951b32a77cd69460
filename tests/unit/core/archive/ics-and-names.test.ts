import { describe, expect, test } from 'vitest';
import { buildCalendar } from '../../../../src/core/archive/ics';
import { expandCalendar } from '../../../../src/core/schedule/expand-calendar';
import { safeFileName } from '../../../../src/core/archive/markdown-export';
import { ARCHIVE_TABLES, DERIVED_TABLES, DEVICE_TABLES } from '../../../../src/core/archive/tables';
import { expectedTables } from '../../../../src/core/backup/candidate';
import { LATEST_SCHEMA_VERSION } from '../../../../src/core/db/migrate';

describe('ICS text (written with ical.js)', () => {
  const NOW = new Date('2026-11-23T14:00:00Z');
  const lines = (text: string) => text.split('\r\n');

  test.each<[string, string]>([
    ['plain', 'plain'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
  ])('the summary %j is written %j', (input, output) => {
    expect(lines(buildCalendar([{ uid: 'u@tend', summary: input, on: '2026-12-01', yearly: false }], NOW))).toContain(`SUMMARY:${output}`);
  });

  test('folds at 75 octets, continuation lines start with a space, never splitting a character', () => {
    const summary = 'é'.repeat(60);
    const text = buildCalendar([{ uid: 'u@tend', summary, on: '2026-12-01', yearly: false }], NOW);
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of lines(text)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${summary}`);
    expect(text).not.toContain('\uFFFD');
  });

  test('a 29 February date repeats on the last day of February', () => {
    const text = buildCalendar([{ uid: 'u@tend', summary: 'Leap', on: '2000-02-29', yearly: true }], NOW);
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1');
    expect(text).toContain('DTSTAMP:20261123T140000Z');
    expect(text).toContain('DTEND;VALUE=DATE:20000301');
  });

  test('an exported calendar reads back through the importer unchanged', () => {
    const events = [
      { uid: 'birthday:1@tend', summary: 'Birthday: Zoë, “Zo”; the team’s \\ lead', on: '1990-12-03', yearly: true, description: 'Two lines,\nwith; marks' },
      { uid: 'date:2@tend', summary: 'Parental leave starts', on: '2026-12-15', yearly: false },
      { uid: 'leap:3@tend', summary: 'Leap', on: '2000-02-29', yearly: true },
    ];
    const year = { from: new Date('2026-01-01T05:00:00Z'), to: new Date('2027-01-01T05:00:00Z') };
    const read = expandCalendar(buildCalendar(events, NOW), year);
    expect(read.map((o) => [o.uid, o.title, o.recurrenceId, o.allDay])).toEqual([
      ['leap:3@tend', 'Leap', '2026-02-28', true],
      ['birthday:1@tend', events[0]!.summary, '2026-12-03', true],
      ['date:2@tend', 'Parental leave starts', '2026-12-15', true],
    ]);
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
