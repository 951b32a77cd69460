import { describe, expect, test } from 'vitest';
import { dayNumber } from '../../../../src/core/calendar/local-days';
import { kindIndexOf, minutesOf, offsetOf, periodInvestments } from '../../../../src/core/insights/packed-investments';

/** One investment as insights_months keeps it: PACKED_DAY_SQL's ((day number × 8) + kind) × 1024 + minutes. */
const stored = (day: string, kind: number, minutes: number) => ((dayNumber(day) * 8 + kind) * 1024 + minutes).toString();

describe('periodInvestments keeps the period’s days of whole months, packed from its first day', () => {
  const months = ['2026-10-31', '2026-11-01', '2026-11-01', '2026-11-15', '2026-11-30', '2026-12-01'].map((day, index) => stored(day, index, 10 + index)).join(',');
  test.each([
    { startsOn: '2026-11-01', endsOn: '2026-11-30', offsets: [0, 0, 14, 29], kinds: [1, 2, 3, 4] },
    { startsOn: '2026-11-02', endsOn: '2026-11-29', offsets: [13], kinds: [3] },
    { startsOn: '2026-10-31', endsOn: '2026-12-01', offsets: [0, 1, 1, 15, 30, 31], kinds: [0, 1, 2, 3, 4, 5] },
    { startsOn: '2026-11-16', endsOn: '2026-11-29', offsets: [], kinds: [] },
  ])('$startsOn…$endsOn', ({ startsOn, endsOn, offsets, kinds }) => {
    const packed = periodInvestments(months, startsOn, endsOn);
    expect(packed.map(offsetOf)).toEqual(offsets);
    expect(packed.map(kindIndexOf)).toEqual(kinds);
    expect(packed.map(minutesOf)).toEqual(kinds.map((kind) => 10 + kind));
  });
});
