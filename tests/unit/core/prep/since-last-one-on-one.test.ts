import { describe, expect, it } from 'vitest';
import {
  daysSince,
  inWindow,
  lastInvestmentDay,
  lastOneOnOneDay,
  sinceLastOneOnOne,
  type DatedInvestment,
} from '../../../../src/core/prep/since-last-one-on-one';

const TODAY = '2026-11-23';
/** Newest first, as the prep read gives them. */
const history: DatedInvestment[] = [
  { kind: 'recognition', on: '2026-11-30' },
  { kind: 'coaching', on: '2026-11-20' },
  { kind: 'one_on_one', on: '2026-11-16' },
  { kind: 'check_in', on: '2026-11-12' },
  { kind: 'one_on_one', on: '2026-11-09' },
];

describe('since the last one-on-one', () => {
  it.each<[label: string, investments: DatedInvestment[], today: string, lastOneOnOne: string | null, lastAny: string | null]>([
    ['the newest of each, ignoring a day after today', history, TODAY, '2026-11-16', '2026-11-20'],
    ['looking from an earlier day', history, '2026-11-14', '2026-11-09', '2026-11-12'],
    ['a one-on-one today', [{ kind: 'one_on_one', on: TODAY }, ...history.slice(1)], TODAY, TODAY, TODAY],
    ['never had a one-on-one', [{ kind: 'coaching', on: '2026-10-01' }], TODAY, null, '2026-10-01'],
    ['nothing logged', [], TODAY, null, null],
  ])('%s', (_, investments, today, lastOneOnOne, lastAny) => {
    expect(lastOneOnOneDay(investments, today)).toBe(lastOneOnOne);
    expect(lastInvestmentDay(investments, today)).toBe(lastAny);
  });

  it.each<[day: string | null, today: string, days: number | null]>([
    [TODAY, TODAY, 0],
    ['2026-11-16', TODAY, 7],
    ['2026-10-24', TODAY, 30],
    ['2028-02-28', '2028-03-01', 2],
    ['2027-02-28', '2027-03-01', 1],
    [null, TODAY, null],
  ])('daysSince(%s, %s) = %s', (day, today, days) => {
    expect(daysSince(day, today)).toBe(days);
  });

  it.each<[lastOneOnOne: string | null, today: string, from: string]>([
    ['2026-11-16', TODAY, '2026-11-16'],
    [TODAY, TODAY, TODAY],
    [null, TODAY, '2026-10-24'],
    [null, '2028-03-15', '2028-02-14'],
  ])('the window after a 1:1 on %s runs from %s… (today %s)', (lastOneOnOne, today, from) => {
    expect(sinceLastOneOnOne(lastOneOnOne, today)).toEqual({ from, to: today });
  });

  it('keeps the items inside the window, the 1:1 day itself included, in their order', () => {
    const notes = [
      { id: 'future', notedOn: '2026-11-24' },
      { id: 'today', notedOn: TODAY },
      { id: 'after', notedOn: '2026-11-18' },
      { id: 'at-1:1', notedOn: '2026-11-16' },
      { id: 'before', notedOn: '2026-11-15' },
    ];
    const window = sinceLastOneOnOne(lastOneOnOneDay(history, TODAY), TODAY);
    expect(inWindow(notes, window, (note) => note.notedOn).map((note) => note.id)).toEqual(['today', 'after', 'at-1:1']);
  });
});
