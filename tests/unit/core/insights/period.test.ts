import { describe, expect, it } from 'vitest';
import { quarterStartOf, resolvePeriod, weekIndexOf, weeksOf } from '../../../../src/core/insights/period';
import { daysBetween } from '../../../../src/core/calendar/local-days';
import { TendError } from '../../../../src/core/errors';

// 2026-11-23 is a Monday; vitest runs in America/New_York, where clocks changed on 8 March and 1 November 2026.
const TODAY = '2026-11-23';

describe('resolvePeriod', () => {
  it.each([
    { choice: { kind: 'weeks', weeks: 4 }, weekStart: 1, startsOn: '2026-11-02', first: '2026-11-02…2026-11-08', last: '2026-11-23…2026-11-23', weeks: 4 },
    { choice: { kind: 'weeks', weeks: 4 }, weekStart: 0, startsOn: '2026-11-01', first: '2026-11-01…2026-11-07', last: '2026-11-22…2026-11-23', weeks: 4 },
    { choice: { kind: 'weeks', weeks: 12 }, weekStart: 6, startsOn: '2026-09-05', first: '2026-09-05…2026-09-11', last: '2026-11-21…2026-11-23', weeks: 12 },
    { choice: { kind: 'weeks', weeks: 52 }, weekStart: 1, startsOn: '2025-12-01', first: '2025-12-01…2025-12-07', last: '2026-11-23…2026-11-23', weeks: 52 },
    { choice: { kind: 'quarter' }, weekStart: 1, startsOn: '2026-10-01', first: '2026-10-01…2026-10-04', last: '2026-11-23…2026-11-23', weeks: 9 },
    { choice: { kind: 'custom', from: '2026-03-01', to: '2026-03-14' }, weekStart: 0, startsOn: '2026-03-01', first: '2026-03-01…2026-03-07', last: '2026-03-08…2026-03-14', weeks: 2 },
    { choice: { kind: 'custom', from: '2026-11-10', to: '2027-01-31' }, weekStart: 1, startsOn: '2026-11-10', first: '2026-11-10…2026-11-15', last: '2026-11-23…2026-11-23', weeks: 3 },
  ] as const)('$choice.kind $choice with week start $weekStart starts $startsOn', ({ choice, weekStart, startsOn, first, last, weeks }) => {
    const period = resolvePeriod(choice, TODAY, weekStart);
    const span = (w: { startsOn: string; endsOn: string } | undefined) => `${w?.startsOn}…${w?.endsOn}`;
    expect(period.startsOn).toBe(startsOn);
    expect(period.endsOn <= TODAY).toBe(true);
    expect(period.weeks).toHaveLength(weeks);
    expect(span(period.weeks[0])).toBe(first);
    expect(span(period.weeks.at(-1))).toBe(last);
    expect(period.recentFrom).toBe(Math.max(0, weeks - 4));
  });

  it('keeps every whole week seven days across both daylight-saving changes', () => {
    for (const [from, to] of [['2026-03-01', '2026-03-21'], ['2026-10-25', '2026-11-14']] as const) {
      const whole = weeksOf(from, to, 0);
      expect(whole.map((w) => daysBetween(w.startsOn, w.endsOn) + 1)).toEqual([7, 7, 7]);
    }
    // The Sunday the clocks change opens its own week, whatever the hour.
    expect(weekIndexOf('2026-03-01', '2026-03-08')).toBe(1);
    expect(weekIndexOf('2026-03-01', '2026-03-07')).toBe(0);
    expect(weekIndexOf('2026-10-26', '2026-11-01')).toBe(0);
    expect(weekIndexOf('2026-10-26', '2026-11-02')).toBe(1);
  });

  it.each([
    [{ kind: 'custom', from: '2026-11-10', to: '2026-11-01' }, 'The range must start on or before the day it ends.'],
    [{ kind: 'custom', from: '2026-11-24', to: '2026-11-30' }, 'The range must start today or earlier.'],
    [{ kind: 'custom', from: '2024-01-01', to: '2026-11-01' }, 'Choose a range of two years or less.'],
  ] as const)('refuses %o', (choice, message) => {
    expect(() => resolvePeriod(choice, TODAY, 1)).toThrow(new TendError('invalid_input', message, 'period'));
  });

  it.each([
    ['2026-01-15', '2026-01-01'],
    ['2026-03-31', '2026-01-01'],
    ['2026-04-01', '2026-04-01'],
    ['2026-09-30', '2026-07-01'],
    ['2026-12-31', '2026-10-01'],
  ])('the quarter holding %s starts %s', (day, start) => {
    expect(quarterStartOf(day)).toBe(start);
  });
});
