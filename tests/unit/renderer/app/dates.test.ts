import { describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { de } from 'date-fns/locale/de';
import { formatDay, loadDateLocale, greetingFor, parseLocalDay, relativeDay } from '../../../../src/renderer/app/dates';

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

  it('formats a day in the locale and relative to now', () => {
    expect(formatDay('2023-06-01', enUS)).toBe('Jun 1, 2023');
    expect(formatDay('2023-06-01', enGB)).toBe('1 Jun 2023');
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
