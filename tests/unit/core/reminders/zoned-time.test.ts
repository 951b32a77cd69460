import { describe, expect, it } from 'vitest';
import { instantAt, nextDay, wallTimeAt, weekdayOf } from '../../../../src/core/reminders/zoned-time';

describe('wallTimeAt reads the clock in the given zone, not the process’s', () => {
  it.each([
    ['2026-11-23T14:00:00Z', 'America/New_York', '2026-11-23', 9 * 60],
    ['2026-11-24T04:59:59.999Z', 'America/New_York', '2026-11-23', 23 * 60 + 59],
    ['2026-11-24T05:00:00Z', 'America/New_York', '2026-11-24', 0],
    ['2026-11-23T15:00:00Z', 'Asia/Tokyo', '2026-11-24', 0],
    ['2026-11-23T14:00:00Z', 'Asia/Kathmandu', '2026-11-23', 19 * 60 + 45],
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01', 90],
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01', 90],
    ['2026-03-29T01:00:00Z', 'Europe/London', '2026-03-29', 2 * 60],
    ['2026-11-23T14:00:00Z', 'UTC', '2026-11-23', 14 * 60],
  ])('%s in %s is %s, minute %i', (instant, zone, day, minutes) => {
    expect(wallTimeAt(new Date(instant), zone)).toEqual({ day, minutes });
  });

  it('names an unknown zone in its error', () => {
    expect(() => wallTimeAt(new Date('2026-11-23T14:00:00Z'), 'Mars/Olympus')).toThrow('"Mars/Olympus" is not a time zone this system knows.');
  });
});

describe('instantAt finds when the wall clock reads a time, through daylight-saving changes', () => {
  it.each([
    ['2026-11-23', '09:00', 'America/New_York', '2026-11-23T14:00:00.000Z'],
    ['2026-07-01', '09:00', 'America/New_York', '2026-07-01T13:00:00.000Z'],
    // Spring forward: 02:30 does not exist; it moves forward by the gap.
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['2026-03-08', '03:00', 'America/New_York', '2026-03-08T07:00:00.000Z'],
    ['2026-03-08', '01:59', 'America/New_York', '2026-03-08T06:59:00.000Z'],
    // Fall back: 01:30 happens twice; the first one.
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['2026-11-01', '00:00', 'America/New_York', '2026-11-01T04:00:00.000Z'],
    ['2026-11-01', '09:00', 'America/New_York', '2026-11-01T14:00:00.000Z'],
    ['2026-03-29', '01:30', 'Europe/London', '2026-03-29T01:30:00.000Z'],
    ['2026-10-25', '01:30', 'Europe/London', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25', '09:00', 'Europe/London', '2026-10-25T09:00:00.000Z'],
    ['2026-11-24', '09:00', 'Asia/Tokyo', '2026-11-24T00:00:00.000Z'],
    // Lord Howe Island moves its clocks by half an hour.
    ['2026-10-04', '02:15', 'Australia/Lord_Howe', '2026-10-03T15:45:00.000Z'],
  ])('%s %s in %s → %s', (day, time, zone, expected) => {
    const [h, m] = time.split(':').map(Number) as [number, number];
    expect(instantAt(day, h * 60 + m, zone).toISOString()).toBe(expected);
  });
});

describe('calendar days', () => {
  it.each([
    ['2026-11-23', '2026-11-24', 1],
    ['2026-11-30', '2026-12-01', 1],
    ['2026-12-31', '2027-01-01', 4],
    ['2026-03-07', '2026-03-08', 6],
    ['2028-02-28', '2028-02-29', 1],
  ])('%s → next %s; weekday %i', (day, next, weekday) => {
    expect(nextDay(day)).toBe(next);
    expect(weekdayOf(day)).toBe(weekday);
  });
});
