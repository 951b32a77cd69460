import { describe, expect, it } from 'vitest';
import {
  journalDayProblem,
  journalStreak,
  onThisDay,
  onThisDayMonthDays,
  requireJournalDay,
  streakLabel,
} from '../../../../src/core/journal/journal-day';
import { TendError } from '../../../../src/core/errors';

const TODAY = '2026-11-23';

describe('journalDayProblem: a real local day, not after today', () => {
  it.each<[day: string, today: string, problem: string | null]>([
    [TODAY, TODAY, null],
    ['2026-11-22', TODAY, null],
    ['1999-01-01', TODAY, null],
    ['2028-02-29', '2028-03-01', null],
    ['2026-11-24', TODAY, 'A journal entry cannot be for a day in the future; pick today or an earlier day.'],
    ['2027-02-29', '2027-03-01', 'That day does not exist; pick a real date.'],
    ['2026-02-30', TODAY, 'That day does not exist; pick a real date.'],
    ['2026-13-01', TODAY, 'That day does not exist; pick a real date.'],
    ['2026-00-10', TODAY, 'That day does not exist; pick a real date.'],
    ['2026-11-5', TODAY, 'Enter the day as YYYY-MM-DD.'],
    ['23/11/2026', TODAY, 'Enter the day as YYYY-MM-DD.'],
    ['2026-11-23T00:00', TODAY, 'Enter the day as YYYY-MM-DD.'],
    ['', TODAY, 'Enter the day as YYYY-MM-DD.'],
    [' 2026-11-23', TODAY, 'Enter the day as YYYY-MM-DD.'],
  ])('%s (today %s)', (day, today, problem) => {
    expect(journalDayProblem(day, today)).toBe(problem);
  });

  it('requireJournalDay throws a typed error naming the day field', () => {
    expect(requireJournalDay(TODAY, TODAY)).toBe(TODAY);
    const error = (() => {
      try {
        requireJournalDay('2026-11-24', TODAY);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(TendError);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'day' });
  });
});

describe('journalStreak: consecutive days with an entry, ending today or yesterday', () => {
  it.each<[label: string, days: string[], today: string, streak: number, label: string | null]>([
    ['no entries', [], TODAY, 0, null],
    ['today only', [TODAY], TODAY, 1, null],
    ['yesterday only: still counts this morning', ['2026-11-22'], TODAY, 1, null],
    ['the day before yesterday: over', ['2026-11-21'], TODAY, 0, null],
    ['three days ending today', ['2026-11-21', '2026-11-22', TODAY], TODAY, 3, '3 days in a row'],
    ['three days ending yesterday', ['2026-11-20', '2026-11-21', '2026-11-22'], TODAY, 3, '3 days in a row'],
    ['a gap ends the run', [TODAY, '2026-11-22', '2026-11-20', '2026-11-19'], TODAY, 2, '2 days in a row'],
    ['duplicates and any order', ['2026-11-22', TODAY, '2026-11-22', '2026-11-21'], TODAY, 3, '3 days in a row'],
    ['a future day is not part of it', ['2026-11-24', '2026-11-22'], TODAY, 1, null],
    ['across a month end', ['2026-11-29', '2026-11-30', '2026-12-01'], '2026-12-01', 3, '3 days in a row'],
    ['through a leap day', ['2028-02-28', '2028-02-29', '2028-03-01'], '2028-03-01', 3, '3 days in a row'],
    ['a common year has no 29 February to miss', ['2027-02-27', '2027-02-28', '2027-03-01'], '2027-03-01', 3, '3 days in a row'],
    ['across the clock change (1 Nov 2026 in New York)', ['2026-10-31', '2026-11-01', '2026-11-02'], '2026-11-02', 3, '3 days in a row'],
  ])('%s', (_, days, today, streak, label) => {
    expect(journalStreak(days, today)).toBe(streak);
    expect(streakLabel(streak)).toBe(label);
  });
});

describe('onThisDay: the same day in earlier years', () => {
  it.each<[today: string, monthDays: string[]]>([
    [TODAY, ['11-23']],
    ['2027-02-28', ['02-28', '02-29']],
    ['2028-02-28', ['02-28']],
    ['2028-02-29', ['02-29']],
    ['2027-03-01', ['03-01']],
  ])('%s looks for %j', (today, monthDays) => {
    expect(onThisDayMonthDays(today)).toEqual(monthDays);
  });

  const entries = ['2020-02-29', '2021-02-28', '2024-02-29', '2025-11-23', '2024-11-23', '2026-11-23', '2025-11-24', '2027-02-28', '2024-02-28'];
  it.each<[today: string, days: string[]]>([
    [TODAY, ['2025-11-23', '2024-11-23']],
    ['2027-02-28', ['2024-02-29', '2024-02-28', '2021-02-28', '2020-02-29']],
    ['2028-02-28', ['2027-02-28', '2024-02-28', '2021-02-28']],
    ['2028-02-29', ['2024-02-29', '2020-02-29']],
    ['2025-11-23', ['2024-11-23']],
    ['2020-03-01', []],
  ])('on %s shows %j, newest first', (today, days) => {
    expect(onThisDay(entries, today)).toEqual(days);
  });
});
