import { describe, expect, it } from 'vitest';
import { commitmentAge, nothingSinceWords } from '../../../../src/renderer/features/prep/prep-words';

const day = (iso: string) => `<${iso}>`;

describe('an empty “Since last time”', () => {
  it.each([
    [{ lastOneOnOneOn: '2026-11-16', from: '2026-11-16', to: '2026-11-23' }, 'Nothing written since <2026-11-16>.'],
    // Before any 1:1 the window is the last 30 days, whenever the person was added (found living a
    // week: someone added today read "Nothing written since 24 Oct.").
    [{ lastOneOnOneOn: null, from: '2026-10-24', to: '2026-11-23' }, 'Nothing written in the last 30 days.'],
    [{ lastOneOnOneOn: null, from: '2026-03-01', to: '2026-03-31' }, 'Nothing written in the last 30 days.'],
  ])('%j reads %s', (since, words) => {
    expect(nothingSinceWords(since, day)).toBe(words);
  });
});

describe('how old an open commitment is, and when it falls due', () => {
  const TODAY = '2026-12-03';
  it.each([
    [{ ageDays: 0, daysOverdue: null, dueOn: null }, 'made today'],
    // Found living a week: a promise due at Thursday's 1:1 read only "made 3 days ago".
    [{ ageDays: 3, daysOverdue: null, dueOn: '2026-12-03' }, 'made 3 days ago · due today'],
    [{ ageDays: 1, daysOverdue: null, dueOn: '2026-12-04' }, 'made yesterday · due tomorrow'],
    [{ ageDays: 1, daysOverdue: null, dueOn: '2026-12-10' }, 'made yesterday · due 10 Dec'],
    [{ ageDays: 1, daysOverdue: null, dueOn: '2027-01-04' }, 'made yesterday · due 4 Jan 2027'],
    [{ ageDays: 7, daysOverdue: 1, dueOn: '2026-12-02' }, 'made 7 days ago · 1 day overdue'],
    [{ ageDays: 9, daysOverdue: 4, dueOn: '2026-11-29' }, 'made 9 days ago · 4 days overdue'],
  ])('%j reads %s', (item, words) => {
    expect(commitmentAge(item, TODAY)).toBe(words);
  });

  it('says "tomorrow" across a month and a year end', () => {
    expect(commitmentAge({ ageDays: 0, daysOverdue: null, dueOn: '2027-01-01' }, '2026-12-31')).toBe('made today · due tomorrow');
    expect(commitmentAge({ ageDays: 0, daysOverdue: null, dueOn: '2026-12-01' }, '2026-11-30')).toBe('made today · due tomorrow');
  });
});
