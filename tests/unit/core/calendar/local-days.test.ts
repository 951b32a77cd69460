import { describe, expect, test } from 'vitest';
import { daysBetween, firstOfMonth } from '../../../../src/core/calendar/local-days';

describe('daysBetween counts whole calendar days between local day strings', () => {
  test.each([
    ['2026-11-23', '2026-11-23', 0],
    ['2026-11-22', '2026-11-23', 1],
    ['2026-11-23', '2026-11-22', -1],
    // Daylight saving in New York: a 23-hour and a 25-hour day still count one each.
    ['2026-03-07', '2026-03-09', 2],
    ['2026-10-31', '2026-11-02', 2],
    ['2026-01-31', '2026-02-01', 1],
    ['2025-12-31', '2026-01-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-02-28', '2026-03-01', 1],
    ['2000-02-28', '2000-03-01', 2],
    ['1900-02-28', '1900-03-01', 1],
    ['2100-02-28', '2100-03-01', 1],
    ['1970-01-01', '2026-11-23', 20_780],
    ['2016-11-23', '2026-11-23', 3_652],
    ['1969-12-31', '1970-01-01', 1],
    // Years below 100 are those years, not 1900–1999 (Date.UTC's reading).
    ['0099-12-31', '0100-01-01', 1],
    ['0001-01-01', '0002-01-01', 365],
    ['2026-11-23', '9999-12-31', 2_912_116],
  ])('%s → %s is %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(daysBetween(to, from) + days).toBe(0);
  });
});

describe('firstOfMonth is the first day of the month that holds a day', () => {
  test.each([
    ['2026-11-23', '2026-11-01'],
    ['2026-11-01', '2026-11-01'],
    ['2026-12-31', '2026-12-01'],
    ['2028-02-29', '2028-02-01'],
    ['0001-01-15', '0001-01-01'],
  ])('%s → %s', (day, first) => {
    expect(firstOfMonth(day)).toBe(first);
  });
});
