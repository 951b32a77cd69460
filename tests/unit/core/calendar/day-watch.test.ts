import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY_CHECK_MS, untilNextMidnight, watchDay } from '../../../../src/core/calendar/day-watch';

/** New York (the test time zone): 23:59 on Monday 23 November 2026 is 04:59Z on the 24th. */
const BEFORE_MIDNIGHT = new Date('2026-11-24T04:59:00.000Z');

describe('watching for a new local day', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(BEFORE_MIDNIGHT);
  });
  afterEach(() => vi.useRealTimers());

  function started() {
    const days: string[] = [];
    const watch = watchDay(() => new Date(), (today) => days.push(today));
    return { days, watch };
  }

  it('counts to the next local midnight', () => {
    expect(untilNextMidnight(BEFORE_MIDNIGHT)).toBe(60_000);
    expect(untilNextMidnight(new Date('2026-11-23T14:00:00.000Z'))).toBe(15 * 3_600_000);
  });

  it('announces the new day once, just after midnight, and nothing more that day', () => {
    const { days, watch } = started();
    vi.advanceTimersByTime(59_000);
    expect(days).toEqual([]);
    vi.advanceTimersByTime(2_000);
    expect(days).toEqual(['2026-11-24']);
    vi.advanceTimersByTime(12 * 3_600_000);
    expect(days).toEqual(['2026-11-24']);
    watch.stop();
  });

  it('a wake (check) after the clock jumped three days announces the day it is now', () => {
    const { days, watch } = started();
    vi.setSystemTime(new Date('2026-11-27T14:00:00.000Z'));
    watch.check();
    expect(days).toEqual(['2026-11-27']);
    watch.check();
    expect(days).toEqual(['2026-11-27']);
    watch.stop();
  });

  it('a clock set forward by hand is caught within a minute, without a wake; stop ends the watching', () => {
    const { days, watch } = started();
    vi.setSystemTime(new Date('2026-11-23T14:00:00.000Z'));
    vi.advanceTimersByTime(DAY_CHECK_MS);
    expect(days).toEqual([]);
    vi.setSystemTime(new Date('2026-12-01T14:00:00.000Z'));
    vi.advanceTimersByTime(DAY_CHECK_MS);
    expect(days).toEqual(['2026-12-01']);
    watch.stop();
    vi.setSystemTime(new Date('2026-12-05T14:00:00.000Z'));
    vi.advanceTimersByTime(2 * DAY_CHECK_MS);
    expect(days).toEqual(['2026-12-01']);
  });
});
