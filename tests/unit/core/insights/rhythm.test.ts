import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../src/core/calendar/local-days';
import { rhythmBands, type RhythmInput } from '../../../../src/core/insights/rhythm';

const WEEKLY = { cadenceDays: 7, maxDays: 14, addedOn: '2025-01-01', endsOn: '2026-01-31' };

describe('rhythmBands', () => {
  it.each<[string, RhythmInput, ReturnType<typeof rhythmBands>]>([
    [
      'one gap crossing the maximum into the period, then a long one after the only visit',
      { ...WEEKLY, lastBefore: '2025-12-25', countedFrom: '2026-01-01', days: ['2026-01-10'].map(dayNumber) },
      { days: 31, daysWithin: 7, daysDue: 16, daysPastMax: 8, timesPastMax: 2, longestDaysSince: 21 },
    ],
    [
      'weekly visits never reach the cadence',
      { ...WEEKLY, lastBefore: '2025-12-31', countedFrom: '2026-01-01', days: ['2026-01-06', '2026-01-12', '2026-01-18', '2026-01-24', '2026-01-30'].map(dayNumber) },
      { days: 31, daysWithin: 31, daysDue: 0, daysPastMax: 0, timesPastMax: 0, longestDaysSince: 5 },
    ],
    [
      'added mid-period and never invested: counted from the day they were added, as Today counts',
      { ...WEEKLY, addedOn: '2026-01-20', lastBefore: null, countedFrom: '2026-01-20', days: [] },
      { days: 12, daysWithin: 7, daysDue: 5, daysPastMax: 0, timesPastMax: 0, longestDaysSince: 11 },
    ],
    [
      'a day logged before they were added starts their count',
      { ...WEEKLY, addedOn: '2026-01-20', lastBefore: null, countedFrom: '2026-01-15', days: ['2026-01-15'].map(dayNumber) },
      { days: 17, daysWithin: 7, daysDue: 8, daysPastMax: 2, timesPastMax: 1, longestDaysSince: 16 },
    ],
    [
      'reaching the maximum exactly is still allowed',
      { ...WEEKLY, lastBefore: '2025-12-18', countedFrom: '2026-01-01', days: ['2026-01-01'].map(dayNumber), endsOn: '2026-01-01' },
      { days: 1, daysWithin: 1, daysDue: 0, daysPastMax: 0, timesPastMax: 0, longestDaysSince: 0 },
    ],
  ])('%s', (_story, input, bands) => {
    expect(rhythmBands(input)).toEqual(bands);
    expect(bands.daysWithin + bands.daysDue + bands.daysPastMax).toBe(bands.days);
  });
});
