import { describe, expect, it } from 'vitest';
import { INVESTMENT_KINDS } from '../../../src/shared/investments';
import { daysAgoWords, headingDay, INVESTMENT_KIND_NAMES, kindName, listDay, minutesWords, ownerWords } from '../../../src/shared/words';

const TODAY = '2026-11-23'; // a Monday

describe('the words Tend uses everywhere (issue 20, item 14)', () => {
  it.each<[minutes: number, words: string]>([
    [1, '1 min'],
    [45, '45 min'],
    [60, '1 h'],
    [90, '1 h 30'],
    [120, '2 h'],
    [125, '2 h 05'],
  ])('%i minutes read "%s"', (minutes, words) => {
    expect(minutesWords(minutes)).toBe(words);
  });

  it.each<[days: number, words: string]>([
    [0, 'today'],
    [1, 'yesterday'],
    [12, '12 days ago'],
  ])('%i days ago reads "%s"', (days, words) => {
    expect(daysAgoWords(days)).toBe(words);
  });

  it.each<[day: string, list: string, heading: string]>([
    ['2026-11-23', '23 Nov', 'Monday 23 November'],
    ['2026-01-01', '1 Jan', 'Thursday 1 January'],
    ['2025-12-06', '6 Dec 2025', 'Saturday 6 December 2025'],
  ])('%s reads "%s" in a list and "%s" in a heading', (day, list, heading) => {
    expect(listDay(day, TODAY)).toBe(list);
    expect(headingDay(day, TODAY)).toBe(heading);
  });

  it('names each kind of time once, and a kind it does not know by its stored value', () => {
    expect(INVESTMENT_KINDS.map(kindName)).toEqual(INVESTMENT_KINDS.map((kind) => INVESTMENT_KIND_NAMES[kind]));
    expect(new Set(Object.values(INVESTMENT_KIND_NAMES)).size).toBe(INVESTMENT_KINDS.length);
    expect(kindName('one_on_one')).toBe('One-on-one');
    expect(kindName('walk_and_talk')).toBe('walk and talk');
  });

  it('says what a commitment is from the leader’s side: what you promised, what they asked for', () => {
    expect(ownerWords('me', 'Sam')).toBe('You promised');
    expect(ownerWords('them', 'Sam')).toBe('Sam asked for');
  });
});
