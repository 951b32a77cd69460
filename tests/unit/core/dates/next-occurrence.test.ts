import { describe, expect, it } from 'vitest';
import { nextOccurrence } from '../../../../src/core/dates/next-occurrence';

describe('nextOccurrence counts local calendar days to the next time a date comes round', () => {
  it.each([
    // on, yearly, today → nextOn, daysUntil, years
    ['1990-11-23', true, '2026-11-23', '2026-11-23', 0, 36],
    ['1990-11-24', true, '2026-11-23', '2026-11-24', 1, 36],
    ['1990-11-22', true, '2026-11-23', '2027-11-22', 364, 37],
    ['1990-01-05', true, '2026-12-30', '2027-01-05', 6, 37],
    // 29 February falls on 28 February in common years, and on the 29th in leap years.
    ['1992-02-29', true, '2026-11-23', '2027-02-28', 97, 35],
    ['1992-02-29', true, '2027-11-23', '2028-02-29', 98, 36],
    // One-off dates: today or later only.
    ['2026-12-10', false, '2026-11-23', '2026-12-10', 17, null],
    ['2026-11-23', false, '2026-11-23', '2026-11-23', 0, null],
    ['2026-11-22', false, '2026-11-23', null, null, null],
    // A yearly date that has not happened yet for the first time.
    ['2027-03-01', true, '2026-11-23', '2027-03-01', 98, 0],
  ] as const)('%s yearly=%s on %s → %s', (on, yearly, today, nextOn, daysUntil, years) => {
    expect(nextOccurrence(on, yearly, today)).toEqual({ nextOn, daysUntil, years });
  });

  it('skips the first day itself when counting starts at one year (work anniversaries)', () => {
    expect(nextOccurrence('2026-11-20', true, '2026-11-23', 1)).toEqual({ nextOn: '2027-11-20', daysUntil: 362, years: 1 });
    expect(nextOccurrence('2026-12-01', true, '2026-11-23', 1)).toEqual({ nextOn: '2027-12-01', daysUntil: 373, years: 1 });
  });

  it('is not fooled by the daylight-saving change (8 March 2026 in New York)', () => {
    expect(nextOccurrence('2000-03-09', true, '2026-03-07')).toEqual({ nextOn: '2026-03-09', daysUntil: 2, years: 26 });
  });
});
