import { describe, expect, it } from 'vitest';
import { familyBirthday } from '../../../../../src/core/prep/questions/family-birthday';
import { familyMember, factsFor, TODAY } from './facts';

type Row = [label: string, birthday: string | null, today: string, text: string | null, because?: string];

describe('familyBirthday: a family member’s birthday in the next seven days', () => {
  it.each<Row>([
    ['on Friday this week', '2019-11-27', TODAY, 'Maya turns 7 on Friday — anything Sam is planning?', 'Sam’s daughter · birthday 27 Nov.'],
    ['today', '2019-11-23', TODAY, 'Maya turns 7 today — anything Sam is planning?'],
    ['tomorrow', '2019-11-24', TODAY, 'Maya turns 7 tomorrow — anything Sam is planning?'],
    ['exactly seven days ahead: the same weekday, so the date is named', '2019-11-30', TODAY, 'Maya turns 7 on 30 Nov — anything Sam is planning?'],
    ['eight days ahead is outside the window', '2019-12-01', TODAY, null],
    ['yesterday: next comes round in a year', '2019-11-22', TODAY, null],
    ['no birthday known', null, TODAY, null],
    ['a first birthday', '2025-11-25', TODAY, 'Maya turns 1 on Wednesday — anything Sam is planning?'],
    ['never “turns 0”: a birthday entered ahead (a due date)', '2026-11-25', TODAY, 'It’s Maya’s birthday on Wednesday — anything Sam is planning?'],
    ['never “turns 0”: born today', '2026-11-23', TODAY, 'It’s Maya’s birthday today — anything Sam is planning?'],
    ['29 February falls on 28 February in a common year', '2020-02-29', '2027-02-23', 'Maya turns 7 on Sunday — anything Sam is planning?', 'Sam’s daughter · birthday 28 Feb.'],
    ['29 February in a leap year', '2020-02-29', '2028-02-25', 'Maya turns 8 on Tuesday — anything Sam is planning?', 'Sam’s daughter · birthday 29 Feb.'],
    ['across the new year, the date names its year', '2018-01-02', '2026-12-29', 'Maya turns 9 on Saturday — anything Sam is planning?', 'Sam’s daughter · birthday 2 Jan 2027.'],
  ])('%s', (_, birthday, today, text, because) => {
    const facts = factsFor({ family: [familyMember({ id: 'maya', name: 'Maya', relation: 'daughter', birthday })] });
    const questions = familyBirthday(facts, today);
    if (text === null) return expect(questions).toEqual([]);
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatchObject({ key: 'family-birthday:maya', rule: 'family-birthday', text });
    if (because) expect(questions[0]!.because).toBe(because);
  });

  it('says whose family it is when the relation is not recorded', () => {
    const facts = factsFor({ family: [familyMember({ id: 'ade', name: 'Ade', birthday: '1960-11-25' })] });
    expect(familyBirthday(facts, TODAY)[0]!.because).toBe('In Sam’s family · birthday 25 Nov.');
  });

  it('puts the soonest birthday first', () => {
    const facts = factsFor({
      family: [
        familyMember({ id: 'maya', name: 'Maya', birthday: '2019-11-27' }),
        familyMember({ id: 'tom', name: 'Tom', birthday: '2016-12-30' }),
        familyMember({ id: 'ade', name: 'Ade', birthday: '1960-11-24' }),
      ],
    });
    expect(familyBirthday(facts, TODAY).map((q) => q.key)).toEqual(['family-birthday:ade', 'family-birthday:maya']);
  });
});
