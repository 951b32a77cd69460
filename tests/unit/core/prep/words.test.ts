import { describe, expect, it } from 'vitest';
import { countWord, ordinal, relativeDay, shortDay } from '../../../../src/core/prep/words';

const TODAY = '2026-11-23'; // a Monday

describe('the words the prep sheet uses for days and counts', () => {
  it.each<[day: string, expected: string]>([
    ['2026-11-03', '3 Nov'],
    ['2026-01-01', '1 Jan'],
    ['2025-12-15', '15 Dec 2025'],
    ['2027-01-02', '2 Jan 2027'],
  ])('shortDay(%s) = %s', (day, expected) => {
    expect(shortDay(day, TODAY)).toBe(expected);
  });

  it.each<[day: string, expected: string]>([
    [TODAY, 'today'],
    ['2026-11-24', 'tomorrow'],
    ['2026-11-25', 'on Wednesday'],
    ['2026-11-29', 'on Sunday'],
    ['2026-11-30', 'on 30 Nov'],
    ['2027-01-04', 'on 4 Jan 2027'],
    ['2026-11-20', 'on 20 Nov'],
  ])('relativeDay(%s) = %s', (day, expected) => {
    expect(relativeDay(day, TODAY)).toBe(expected);
  });

  it.each<[n: number, ordinal: string, word: string]>([
    [1, '1st', 'one'],
    [2, '2nd', 'two'],
    [3, '3rd', 'three'],
    [4, '4th', 'four'],
    [11, '11th', 'eleven'],
    [12, '12th', 'twelve'],
    [13, '13th', '13'],
    [21, '21st', '21'],
    [22, '22nd', '22'],
    [23, '23rd', '23'],
    [101, '101st', '101'],
    [112, '112th', '112'],
  ])('%i → %s, %s', (n, expectedOrdinal, word) => {
    expect(ordinal(n)).toBe(expectedOrdinal);
    expect(countWord(n)).toBe(word);
  });
});
