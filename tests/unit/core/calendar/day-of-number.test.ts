import { describe, expect, it } from 'vitest';
import { dayNumber, dayOfNumber, shiftDay } from '../../../../src/core/calendar/local-days';

describe('dayOfNumber', () => {
  it('names the day shiftDay names, for every day of 1999 to 2031 (leap days, century rule, both DST changes)', () => {
    const first = dayNumber('1999-01-01');
    for (let offset = 0; offset < 33 * 366; offset++) {
      const expected = shiftDay('1999-01-01', offset);
      expect(dayOfNumber(first + offset)).toBe(expected);
      expect(dayNumber(expected)).toBe(first + offset);
    }
  });

  it('reads the epoch and the ends of the stored years', () => {
    expect(dayOfNumber(0)).toBe('1970-01-01');
    expect(dayOfNumber(dayNumber('1000-03-01'))).toBe('1000-03-01');
    expect(dayOfNumber(dayNumber('2000-02-29'))).toBe('2000-02-29');
    expect(dayOfNumber(dayNumber('9999-12-31'))).toBe('9999-12-31');
  });
});
