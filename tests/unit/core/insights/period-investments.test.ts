import { describe, expect, test } from 'vitest';
import { dayNumber } from '../../../../src/core/calendar/local-days';
import { kindIndexOf, minutesOf, offsetOf, periodInvestments } from '../../../../src/core/insights/packed-investments';

/** One investment as insights_months keeps it: PACKED_DAY_SQL's ((day number × 8) + kind) × 1024 + minutes. */
const stored = (day: string, kind: number, minutes: number) => ((dayNumber(day) * 8 + kind) * 1024 + minutes).toString();

describe('periodInvestments keeps the period’s days of whole months, packed from its first day, and the latest day before it', () => {
  const DAYS = ['2026-08-12', '2026-10-31', '2026-11-01', '2026-11-01', '2026-11-15', '2026-11-30', '2026-12-01'];
  const months = `[${DAYS.map((day, index) => stored(day, index, 10 + index)).join(',')}]`;
  test.each([
    { startsOn: '2026-11-01', endsOn: '2026-11-30', offsets: [0, 0, 14, 29], kinds: [2, 3, 4, 5], lastBefore: '2026-10-31' },
    { startsOn: '2026-11-02', endsOn: '2026-11-29', offsets: [13], kinds: [4], lastBefore: '2026-11-01' },
    { startsOn: '2026-10-31', endsOn: '2026-12-01', offsets: [0, 1, 1, 15, 30, 31], kinds: [1, 2, 3, 4, 5, 6], lastBefore: '2026-08-12' },
    { startsOn: '2026-11-16', endsOn: '2026-11-29', offsets: [], kinds: [], lastBefore: '2026-11-15' },
    { startsOn: '2026-08-12', endsOn: '2026-08-31', offsets: [0], kinds: [0], lastBefore: null },
  ])('$startsOn…$endsOn', ({ startsOn, endsOn, offsets, kinds, lastBefore }) => {
    const read = periodInvestments(months, startsOn, endsOn);
    expect(read.investments.map(offsetOf)).toEqual(offsets);
    expect(read.investments.map(kindIndexOf)).toEqual(kinds);
    expect(read.investments.map(minutesOf)).toEqual(kinds.map((kind) => 10 + kind));
    expect(read.lastBefore).toBe(lastBefore);
  });

  test('puts months joined out of order back in day order', () => {
    const [august, october, ...november] = months.slice(1, -1).split(',');
    const shuffled = `[${[...november.slice(0, 4), october, august, november[4]].join(',')}]`;
    expect(periodInvestments(shuffled, '2026-10-31', '2026-12-01')).toEqual(periodInvestments(months, '2026-10-31', '2026-12-01'));
  });
});
