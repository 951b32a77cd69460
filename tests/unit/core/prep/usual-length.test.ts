import { describe, expect, it } from 'vitest';
import { usualOneOnOneMinutes } from '../../../../src/core/prep/usual-length';

describe('the length Finish offers for a one-on-one (issue 20: not the timer’s 1 minute)', () => {
  it.each<[label: string, recent: number[], cadenceDays: number, expected: number]>([
    ['weekly, none yet', [], 7, 30],
    ['every day, none yet', [], 1, 30],
    ['fortnightly, none yet', [], 14, 45],
    ['monthly, none yet', [], 30, 60],
    ['one before', [50], 7, 50],
    ['the middle of three', [30, 90, 45], 7, 45],
    ['between the middle two of four, whole minutes', [30, 45, 60, 25], 7, 37],
    ['only the newest five count', [20, 20, 20, 20, 20, 90, 90, 90], 7, 20],
    ['one long meeting does not move it', [30, 30, 180], 14, 30],
  ])('%s', (_, recent, cadenceDays, expected) => {
    expect(usualOneOnOneMinutes(recent, cadenceDays)).toBe(expected);
  });
});
