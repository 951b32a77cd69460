import { describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { de } from 'date-fns/locale/de';
import { formatDay, formatDayAndTime, formatFullDate, formatHeadingDay, formatShortInstant, formatWeekdayDay, loadDateLocale, greetingFor, parseLocalDay, relativeDay } from '../../../../src/renderer/app/dates';
import { headingDay, listDay } from '../../../../src/shared/words';

// Monday 23 November 2026, 09:00 in New York (vitest pins TZ=America/New_York).
const NOW = new Date('2026-11-23T14:00:00.000Z');

describe('dates', () => {
  it('fetches the nearest date-fns locale, US English when there is none', async () => {
    expect(await loadDateLocale('en-GB')).toBe(enGB);
    expect(await loadDateLocale('de-AT')).toBe(de);
    expect(await loadDateLocale('en-US')).toBe(enUS);
    expect(await loadDateLocale('tlh')).toBe(enUS);
  });

  it('reads only real calendar days', () => {
    expect(parseLocalDay('2026-02-30')).toBeNull();
    expect(parseLocalDay('2026-02-28')?.getDate()).toBe(28);
  });

  // One shape in every locale and view, the prep sheet's and the exports' (shared/words.ts); the
  // locale names the month and weekday. Each row: the day, the locale, then what each helper writes.
  it.each([
    ['2023-06-01', enUS, '1 Jun 2023', 'Thu 1 Jun 2023', 'Thursday 1 June 2023'],
    ['2023-06-01', enGB, '1 Jun 2023', 'Thu 1 Jun 2023', 'Thursday 1 June 2023'],
    ['2026-11-23', enUS, '23 Nov 2026', 'Mon 23 Nov 2026', 'Monday 23 November'],
    ['2026-01-05', de, '5 Jan. 2026', 'Mo. 5 Jan. 2026', 'Montag 5 Januar'],
    ['2026-02-30', enUS, '2026-02-30', '2026-02-30', null],
  ])('%s in %s: %s, %s, %s', (day, locale, written, withWeekday, heading) => {
    expect(formatDay(day, locale)).toBe(written);
    expect(formatWeekdayDay(day, locale)).toBe(withWeekday);
    const date = parseLocalDay(day);
    if (date) expect(formatHeadingDay(date, NOW, locale)).toBe(heading);
  });

  it('writes days as the prep sheet and the Markdown exports do', () => {
    for (const day of ['2023-06-01', '2026-11-23', '2026-01-05', '2025-12-31']) {
      expect(formatDay(day, enUS)).toBe(listDay(day, ''));
      expect(formatHeadingDay(parseLocalDay(day)!, NOW, enUS)).toBe(headingDay(day, '2026-11-23'));
    }
    expect(formatFullDate(NOW, enUS)).toBe('Monday 23 November');
    // An instant is written as its local day: 02:00 UTC on the 24th is still the 23rd in New York.
    expect(formatShortInstant('2026-11-24T02:00:00.000Z', enUS)).toBe('23 Nov 2026');
    // With its time in the user's clock (a backup taken, reminders paused until).
    expect(formatDayAndTime('2026-11-24T02:00:00.000Z', enUS)).toMatch(/^23 Nov 2026, 9:00\sPM$/);
    expect(formatDayAndTime('not a time', enUS)).toBe('not a time');
  });

  it('formats a day relative to now', () => {
    expect(relativeDay('2023-06-01', NOW, enUS)).toBe('3 years ago');
    expect(relativeDay('2026-11-23', NOW, enUS)).toBe('today');
    expect(relativeDay('2026-11-22', NOW, enUS)).toBe('yesterday');
    expect(relativeDay('2026-11-28', NOW, enUS)).toBe('in 5 days');
    expect(relativeDay('2026-10-30', NOW, enUS)).toBe('24 days ago');
    expect(relativeDay('2025-11-24', NOW, enUS)).toBe('11 months ago');
  });

  it('greets by the local hour', () => {
    expect(greetingFor(NOW)).toBe('Good morning');
    expect(greetingFor(new Date('2026-11-23T20:00:00.000Z'))).toBe('Good afternoon');
    expect(greetingFor(new Date('2026-11-24T00:30:00.000Z'))).toBe('Good evening');
    // Late at night is still evening, not morning (issue 7): 00:40 and 04:59 local; 05:00 is morning.
    expect(greetingFor(new Date('2026-11-24T05:40:00.000Z'))).toBe('Good evening');
    expect(greetingFor(new Date('2026-11-24T09:59:00.000Z'))).toBe('Good evening');
    expect(greetingFor(new Date('2026-11-24T10:00:00.000Z'))).toBe('Good morning');
  });
});
