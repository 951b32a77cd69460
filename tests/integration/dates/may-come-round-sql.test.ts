import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { occurrenceOf } from '../../../src/core/dates/dates-service';
import { mayComeRoundSql } from '../../../src/core/dates/may-come-round-sql';

const ON_DATES = [
  '1990-01-01', '1990-01-05', '1988-02-28', '1992-02-29', '1990-03-01', '1985-06-15', '1990-11-23',
  '1990-12-25', '1990-12-31', '2027-01-03', '2027-02-28', '2027-12-31', '2028-02-29', '2028-03-01', '2030-07-04',
];
const DAYS_AHEAD = [0, 1, 7, 30, 90];

interface Thing {
  id: number;
  on: string;
  yearly: boolean;
  daysAhead: number;
  kind: 'custom' | 'anniversary';
}

function things(): Thing[] {
  const all: Thing[] = [];
  for (const on of ON_DATES)
    for (const yearly of [true, false])
      for (const daysAhead of DAYS_AHEAD)
        for (const kind of ['custom', 'anniversary'] as const) all.push({ id: all.length, on, yearly, daysAhead, kind });
  return all;
}

describe('mayComeRoundSql keeps every date the exact rule calls soon, and little more', () => {
  it('agrees with occurrenceOf on every day of two years, across year ends and 29 February', () => {
    const db = new BetterSqlite3(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, on_date TEXT, yearly INTEGER, days_ahead INTEGER)');
    const all = things();
    const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?, ?)');
    for (const t of all) insert.run(t.id, t.on, t.yearly ? 1 : 0, t.daysAhead);
    const near = db.prepare(`SELECT id FROM t WHERE ${mayComeRoundSql('on_date', 'yearly', 'days_ahead')}`).pluck();

    let missed = 0;
    let extraFarOut = 0;
    let checked = 0;
    for (let day = new Date(2026, 11, 1); day < new Date(2028, 11, 31); day = addDays(day, 1)) {
      const today = format(day, 'yyyy-MM-dd');
      const kept = new Set(near.all({ today }) as number[]);
      for (const t of all) {
        const exact = occurrenceOf(t, today);
        checked++;
        if (exact.soon && !kept.has(t.id)) missed++;
        // Wider only by the days to spare, or where SQLite's 29 February is 1 March (a day late).
        const rolledOver = t.on.endsWith('-02-29') && today.endsWith('-03-01');
        const farOut = !exact.soon && kept.has(t.id) && (exact.daysUntil === null || exact.daysUntil > t.daysAhead + 3);
        // A first work anniversary, or a yearly date first due in a later year, is a year on by the exact rule alone.
        const [year, thisYear] = [t.on.slice(0, 4), today.slice(0, 4)];
        const firstYear = year > thisYear || (t.kind === 'anniversary' && year === thisYear);
        if (farOut && !rolledOver && !firstYear) extraFarOut++;
      }
    }
    expect(checked).toBeGreaterThan(200_000);
    expect(missed).toBe(0);
    expect(extraFarOut).toBe(0);
    db.close();
  });

  it('narrows a team’s dates to those near today', () => {
    const db = new BetterSqlite3(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, on_date TEXT, yearly INTEGER, days_ahead INTEGER)');
    const insert = db.prepare('INSERT INTO t VALUES (?, ?, 1, 7)');
    for (let i = 0; i < 365; i++) insert.run(i, format(addDays(new Date(1990, 0, 1), i), 'yyyy-MM-dd'));
    const near = db.prepare(`SELECT on_date FROM t WHERE ${mayComeRoundSql('on_date', 'yearly', 'days_ahead')} ORDER BY on_date`).pluck();
    expect(near.all({ today: '2026-11-23' })).toEqual(['1990-11-23', '1990-11-24', '1990-11-25', '1990-11-26', '1990-11-27', '1990-11-28', '1990-11-29', '1990-11-30', '1990-12-01']);
    db.close();
  });
});
