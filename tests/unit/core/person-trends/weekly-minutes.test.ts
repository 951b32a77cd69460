import { describe, expect, it } from 'vitest';
import { trendPeriod, weeklyMinutes } from '../../../../src/core/person-trends/weekly-minutes';

describe('trendPeriod', () => {
  it.each([
    // Monday 23 Nov 2026, weeks from Monday: 4 weeks back to Monday 2 Nov.
    ['2026-11-23', 4, 1, '2020-01-01', '2026-11-02'],
    // The same with weeks from Sunday: this week began Sunday 22 Nov.
    ['2026-11-23', 4, 0, '2020-01-01', '2026-11-01'],
    // Added on Wednesday 11 Nov: counted from that week's Monday, not before.
    ['2026-11-23', 26, 1, '2026-11-11', '2026-11-09'],
    ['2026-11-23', 1, 1, '2026-11-23', '2026-11-23'],
  ] as const)('today %s, %i weeks from weekday %i, first record %s → from %s', (today, weeks, weekStartsOn, first, from) => {
    expect(trendPeriod(today, weeks, weekStartsOn, first)).toEqual({ from, to: today });
  });
});

describe('weeklyMinutes', () => {
  it('puts each day in its week, keeps empty weeks as 0 and ignores days outside', () => {
    const days = [
      { day: '2026-10-25', minutes: 99 },
      { day: '2026-10-26', minutes: 30 },
      // 1 Nov 2026 is the day New York leaves daylight saving time: still the week of 26 Oct.
      { day: '2026-11-01', minutes: 15 },
      { day: '2026-11-02', minutes: 45 },
      { day: '2026-11-16', minutes: 60 },
      { day: '2026-11-24', minutes: 99 },
    ];
    expect(weeklyMinutes(days, '2026-10-26', '2026-11-23')).toEqual([
      { startsOn: '2026-10-26', minutes: 45 },
      { startsOn: '2026-11-02', minutes: 45 },
      { startsOn: '2026-11-09', minutes: 0 },
      { startsOn: '2026-11-16', minutes: 60 },
      { startsOn: '2026-11-23', minutes: 0 },
    ]);
  });
});
