import { describe, expect, it } from 'vitest';
import { dayAndTimeOf, timeOf } from '../../../../src/renderer/features/schedule/schedule-words';

// vitest pins TZ=America/New_York; the words follow the user's clock, as every other time in Tend.
describe('a 1:1’s time in the schedule’s views', () => {
  it.each([
    ['2026-11-24T19:00:00.000Z', /^2:00\sPM$/],
    ['2026-11-24T14:05:00.000Z', /^9:05\sAM$/],
    ['2026-11-24T16:30:00.000Z', /^11:30\sAM$/],
  ])('%s reads %s, with no leading zero on the hour', (iso, words) => {
    expect(timeOf(iso)).toMatch(words);
  });
});

describe('a 1:1’s day and time', () => {
  it.each([
    ['2026-11-24T19:00:00.000Z', /^Tue 24 Nov, 2:00\sPM$/],
    // 00:30 UTC on the 1st is still the evening of 30 November in New York.
    ['2026-12-01T00:30:00.000Z', /^Mon 30 Nov, 7:30\sPM$/],
  ])('%s reads %s: day before month, as every other day in Tend', (iso, words) => {
    expect(dayAndTimeOf(iso)).toMatch(words);
  });
});
