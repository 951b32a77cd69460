import { describe, expect, test } from 'vitest';
import { detectDateOrder, firstLast, guessMapping, nameKey, previewRoster } from '../../../../src/core/archive/roster';
import type { Person } from '../../../../src/shared/people';

function person(id: string, name: string): Person {
  return { id, name, preferredName: null, pronunciation: null, role: null, team: null, email: null, startedOn: null, cadenceDays: 7, maxDays: null, snoozedUntil: null, isSample: false, archivedAt: null, createdAt: '', updatedAt: '' };
}

const SAM = person('6f1c1b9e-3f7a-4b8e-9c57-2a9d8f1e0a11', 'Sam Rivera');
const ZOE = person('9b2d4c1a-8e6f-4a3b-b1c2-d3e4f5a6b7c8', 'Zoë Dubois-Martin');

describe('nameKey', () => {
  test.each<[string, string, boolean]>([
    ['Rivera, Sam', 'Sam Rivera', true],
    ['SAM  rivera', 'Sam Rivera', true],
    ['Zoe Dubois Martin', 'Zoë Dubois-Martin', true],
    ['Martin, Zoé Dubois', 'Zoë Dubois-Martin', true],
    ['José García', 'Jose Garcia', true],
    ['Sam Rivers', 'Sam Rivera', false],
    ['Sam', 'Sam Rivera', false],
  ])('%j ↔ %j: %s', (a, b, same) => {
    expect(nameKey(a) === nameKey(b)).toBe(same);
  });
});

describe('guessMapping', () => {
  test.each<[string[], Record<string, number | null>]>([
    [
      ['Name', 'Preferred name', 'Role', 'Team', 'Started on', 'Cadence'],
      { name: 0, preferredName: 1, role: 2, team: 3, email: null, startedOn: 4, cadenceDays: 5 },
    ],
    [
      ['Team', 'Full Name', 'Job Title', 'Start Date', 'Nickname'],
      { name: 1, preferredName: 4, role: 2, team: 0, email: null, startedOn: 3, cadenceDays: null },
    ],
    [['Employee', 'Département'], { name: 0, preferredName: null, role: null, team: 1, email: null, startedOn: null, cadenceDays: null }],
    [['Name', 'Work e-mail'], { name: 0, preferredName: null, role: null, team: null, email: 1, startedOn: null, cadenceDays: null }],
    [['Colour', 'Shoe size'], { name: null, preferredName: null, role: null, team: null, email: null, startedOn: null, cadenceDays: null }],
  ])('%j', (headers, mapping) => {
    expect(guessMapping(headers)).toEqual(mapping);
  });
});

describe('previewRoster', () => {
  const CSV = [
    '\uFEFFName;Preferred name;Role;Team;Started on;Cadence',
    '"Rivera, Sam";Sammy;Staff Engineer;Platform;2021-03-04;14',
    'Ana Lima;;Designer;Design;2024-02-30;',
    ';;QA;;;',
    'Kofi Mensah;;Engineer;Mobile;;every week',
    'Zoe Dubois Martin;;;;;7 days',
    'sam rivera;;;;;',
  ].join('\r\n');

  test('validates each row with the person fields, matches names, and says what it would do', () => {
    const preview = previewRoster(CSV, [SAM, ZOE]);
    expect(preview.delimiter).toBe(';');
    expect(preview.headers[0]).toBe('Name');
    expect(preview.rows.map((r) => [r.line, r.action, r.match?.name ?? null, r.issues.map((i) => `${i.field}: ${i.message}`)])).toEqual([
      [2, 'update', 'Sam Rivera', []],
      [3, 'skip', null, ['startedOn: That date does not exist.']],
      [4, 'skip', null, ['name: Name cannot be empty.']],
      [5, 'skip', null, ['cadenceDays: Cadence must be a number of days.']],
      [6, 'update', 'Zoë Dubois-Martin', []],
      [7, 'skip', 'Sam Rivera', ['name: The same person is already on line 2.']],
    ]);
    // An update keeps the person's own spelling of their name; the roster's fields come along.
    expect(preview.rows[0]!.person).toEqual({
      personId: SAM.id,
      name: 'Sam Rivera',
      preferredName: 'Sammy',
      role: 'Staff Engineer',
      team: 'Platform',
      email: null,
      startedOn: '2021-03-04',
      cadenceDays: 14,
    });
    expect(preview.rows[4]!.person).toMatchObject({ cadenceDays: 7 });
    expect(preview.rows[1]!.cells).toEqual({ name: 'Ana Lima', preferredName: '', role: 'Designer', team: 'Design', startedOn: '2024-02-30', cadenceDays: '' });
  });

  test('an email column is imported (issue 22: it finds the person in a calendar); one that is not an address skips the row', () => {
    const preview = previewRoster('Name,Email\nAna Lima,ana@example.com\nBen Ode,ben at example\n', []);
    expect(preview.rows[0]!.person).toMatchObject({ name: 'Ana Lima', email: 'ana@example.com' });
    expect(preview.rows[1]!.issues).toEqual([{ field: 'email', message: 'Email must be an address like sam@example.com.' }]);
  });

  test('a mapping overrides the guess; an unmapped field is not imported', () => {
    const preview = previewRoster('Who,What\nAna Lima,Designer\n', [], { mapping: { name: 0, role: null, team: 1 } });
    expect(preview.mapping).toMatchObject({ name: 0, role: null, team: 1 });
    expect(preview.rows[0]!.person).toEqual({ name: 'Ana Lima', preferredName: null, role: null, team: 'Designer', email: null, startedOn: null });
    expect(preview.rows[0]!.action).toBe('create');
  });

  test.each<[string, string[], 'dmy' | 'mdy' | null, boolean]>([
    ['a day over 12 first: day first', ['15/03/2024', '03/04/2024'], 'dmy', false],
    ['a day over 12 second: month first', ['03/15/2024', '3/4/2024'], 'mdy', false],
    ['nothing tells', ['03/04/2024', '01.02.2023'], null, true],
    ['the file disagrees with itself', ['15/03/2024', '03/15/2024'], null, true],
    ['ISO dates only', ['2024-03-15', ''], null, false],
  ])('detectDateOrder: %s', (_, cells, order, ambiguous) => {
    expect(detectDateOrder(cells)).toEqual({ order, ambiguous });
  });

  test('dd/mm/yyyy dates are read in the order the file shows, instead of skipping the row', () => {
    const preview = previewRoster('Name,Start date\nAna Lima,15/03/2024\nSam Rivera,03/04/2024\n', []);
    expect(preview.dateOrder).toBe('dmy');
    expect(preview.rows.map((r) => [r.action, r.person?.startedOn])).toEqual([
      ['create', '2024-03-15'],
      ['create', '2024-04-03'],
    ]);
  });

  test('when the file cannot tell, those rows wait for the leader to choose, and the choice is applied', () => {
    const csv = 'Name,Start date\nAna Lima,03/04/2024\nSam Rivera,2024-01-02\n';
    const unsure = previewRoster(csv, []);
    expect([unsure.dateOrder, unsure.ambiguousDates]).toEqual([null, true]);
    expect(unsure.rows.map((r) => [r.action, r.issues])).toEqual([
      ['skip', [{ field: 'startedOn', message: 'Is 03/04/2024 day first or month first? Choose how the file writes dates.' }]],
      ['create', []],
    ]);
    expect(previewRoster(csv, [], { dateOrder: 'mdy' }).rows[0]!.person?.startedOn).toBe('2024-03-04');
    expect(previewRoster(csv, [], { dateOrder: 'dmy' }).rows[0]!.person?.startedOn).toBe('2024-04-03');
  });

  test('"O’Brien, Kate" is offered as "Kate O’Brien" (guessed when most names are written so, or chosen)', () => {
    const csv = 'Name\n"O\'Brien, Kate"\n"Lima, Ana"\nSam Rivera\n';
    const guessed = previewRoster(csv, []);
    expect([guessed.lastFirst, guessed.commaNames]).toEqual([true, 2]);
    expect(guessed.rows.map((r) => r.person?.name)).toEqual(["Kate O'Brien", 'Ana Lima', 'Sam Rivera']);
    expect(previewRoster(csv, [], { lastFirst: false }).rows.map((r) => r.person?.name)).toEqual(["O'Brien, Kate", 'Lima, Ana', 'Sam Rivera']);
    expect(firstLast('Rivera, Sam, Jr')).toBeNull();
  });

  test('a row with a quote never closed is reported as malformed, not read as one name holding line breaks', () => {
    const preview = previewRoster('Name,Role\nAna Lima,Designer\n"Kate O\'Brien,Lead\nSam Rivera,Engineer\n', []);
    expect(preview.rows.map((r) => [r.line, r.action])).toEqual([
      [2, 'create'],
      [3, 'skip'],
    ]);
    expect(preview.rows[1]!.issues[0]!.message).toMatch(/opens a quote that is never closed/);
  });

  test('tab-separated rosters are read', () => {
    const preview = previewRoster('Name\tRole\nAna Lima\tDesigner, senior\n', []);
    expect(preview.delimiter).toBe('\t');
    expect(preview.rows[0]!.person).toMatchObject({ name: 'Ana Lima', role: 'Designer, senior' });
  });
});
