import { describe, expect, test } from 'vitest';
import { clockStartingAt, instant, localDay } from '../../../src/core/clock';
import { pinnedClock } from '../../fixtures/clock';

describe('the test environment', () => {
  test('runs in the pinned, non-UTC zone the date tests rely on', () => {
    expect(process.env.TZ).toBe('America/New_York');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
  });
});

describe('clockStartingAt', () => {
  test('starts at the given instant and then moves with real time', () => {
    let real = Date.parse('2030-01-01T00:00:00.000Z');
    const clock = clockStartingAt(new Date('2026-11-23T14:00:00.000Z'), () => real);

    expect(clock().toISOString()).toBe('2026-11-23T14:00:00.000Z');
    real += 1_500;
    expect(clock().toISOString()).toBe('2026-11-23T14:00:01.500Z');
    real += 24 * 60 * 60 * 1000;
    expect(clock().toISOString()).toBe('2026-11-24T14:00:01.500Z');
  });

  test('returns a fresh Date each time, so a caller mutating one cannot move the clock', () => {
    const clock = clockStartingAt(new Date('2026-11-23T14:00:00.000Z'), () => 0);
    clock().setFullYear(1999);
    expect(clock().toISOString()).toBe('2026-11-23T14:00:00.000Z');
  });
});

describe('localDay in America/New_York', () => {
  test.each([
    ['late evening, already the next day in UTC', '2026-11-23T03:30:00Z', '2026-11-22'],
    ['the first instant of the local day (EST, UTC−5)', '2026-11-23T05:00:00Z', '2026-11-23'],
    ['the last second before local midnight', '2026-11-24T04:59:59Z', '2026-11-23'],
    ['summer time (EDT, UTC−4): 23:59 local', '2026-07-01T03:59:00Z', '2026-06-30'],
    ['summer time: local midnight', '2026-07-01T04:00:00Z', '2026-07-01'],
    ['the night clocks spring forward', '2026-03-08T06:59:59Z', '2026-03-08'],
    ['New Year in UTC is still the old year locally', '2027-01-01T02:00:00Z', '2026-12-31'],
  ])('%s: %s is %s', (_story, at, day) => {
    expect(localDay(pinnedClock(at))).toBe(day);
  });
});

describe('instant', () => {
  test('is a UTC ISO string whatever the local zone', () => {
    expect(instant(pinnedClock('2026-11-22T22:30:00-05:00'))).toBe('2026-11-23T03:30:00.000Z');
  });
});
