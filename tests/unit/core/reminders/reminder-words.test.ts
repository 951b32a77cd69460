import { describe, expect, it } from 'vitest';
import type { DueCommitment, NeedyPerson, UpcomingDate } from '../../../../src/core/reminders/plan-reminders';
import { dateHeadsUpWords, digestWords, lockedDateHeadsUpWords, lockedDigestWords, reflectionWords } from '../../../../src/core/reminders/reminder-words';

const TODAY = '2026-11-23';
const person = (name: string): NeedyPerson => ({ id: name, name, state: 'overdue', ratio: 1.5, needsYou: true, snoozedUntil: null });
const promise = (text: string, personName: string, dueOn = TODAY): DueCommitment => ({ personId: personName, personName, text, dueOn });
const date = (title: string, personName: string, on: string): UpcomingDate => ({ personId: personName, personName, dateId: `${personName}-${title}`, title, on, daysUntil: 0 });

describe('digestWords', () => {
  it.each<[string, NeedyPerson[], DueCommitment[], UpcomingDate[], { title: string; body: string } | null]>([
    ['nothing to say', [], [], [], null],
    ['one person', [person('Sam')], [], [], { title: 'Sam could use your time', body: 'Sam' }],
    ['two people', [person('Sam'), person('Priya')], [], [], { title: '2 people could use your time', body: 'Sam and Priya' }],
    [
      'five people and a promise due today',
      ['Sam', 'Priya', 'Lee', 'Ana', 'Kim'].map(person),
      [promise('the budget link', 'Sam')],
      [],
      { title: '5 people could use your time', body: 'Sam, Priya and Lee · +2 more · Due today: your promise to Sam — the budget link' },
    ],
    [
      'a promise past its day, said calmly',
      [],
      [promise('the budget link', 'Sam', '2026-11-20')],
      [],
      { title: 'A commitment to follow through on', body: 'Still open: your promise to Sam — the budget link (due 20 Nov)' },
    ],
    [
      'three promises',
      [],
      [promise('the budget link', 'Sam', '2026-11-20'), promise('intro to Dana', 'Priya'), promise('the review', 'Lee')],
      [],
      {
        title: '3 commitments to follow through on',
        body: 'Still open: your promise to Sam — the budget link (due 20 Nov) · Due today: your promise to Priya — intro to Dana · +1 more to follow through on',
      },
    ],
    ['a birthday today', [], [], [date('Birthday', 'Priya', TODAY)], { title: 'A date to remember today', body: 'Birthday for Priya today' }],
    [
      'a person and a birthday',
      [person('Sam')],
      [],
      [date('Birthday', 'Priya', TODAY)],
      { title: 'Sam could use your time', body: 'Sam · Birthday for Priya today' },
    ],
  ])('%s', (_name, people, commitments, dates, expected) => {
    expect(digestWords(people, commitments, dates, TODAY)).toEqual(expected);
  });
});

// The words stay true on the days after: a heads-up missed on Monday is still listed on Friday, so
// it names the day ("on Friday", as Today does), never a count from the day it was written ("in 4 days").
describe('dateHeadsUpWords', () => {
  it.each([
    [[date('Birthday', 'Priya', '2026-11-24')], { title: 'Birthday for Priya on Tuesday', body: 'Tuesday 24 November' }],
    [[date('Birthday', 'Priya', '2026-11-27')], { title: 'Birthday for Priya on Friday', body: 'Friday 27 November' }],
    [
      [date('Birthday', 'Priya', '2026-11-27'), date('Move to Berlin', 'Sam', '2026-11-30')],
      { title: '2 dates coming up', body: 'Birthday for Priya on Friday · Move to Berlin for Sam on 30 November' },
    ],
  ])('%j', (dates, expected) => {
    expect(dateHeadsUpWords(dates, TODAY)).toEqual(expected);
  });
});

describe('reflectionWords', () => {
  it('asks, without guilt', () => {
    expect(reflectionWords()).toEqual({ title: 'Time for a short reflection', body: 'Who did you invest in today, and who did you not?' });
  });
});

describe('words while locked: counts, never names', () => {
  it.each([
    [[3, 1, 0], 'Tend — 3 people could use your time', 'Unlock Tend to see who.'],
    [[1, 0, 0], 'Tend — 1 person could use your time', 'Unlock Tend to see who.'],
    [[0, 2, 1], 'Tend — 2 commitments to follow through on', 'Unlock Tend to see which.'],
    [[0, 1, 0], 'Tend — a commitment to follow through on', 'Unlock Tend to see which.'],
    [[0, 0, 1], 'Tend — a date to remember today', 'Unlock Tend to see whose.'],
    [[0, 0, 2], 'Tend — 2 dates to remember today', 'Unlock Tend to see whose.'],
  ] as const)('digest of %j people, commitments, dates → %s', ([people, commitments, dates], title, body) => {
    expect(lockedDigestWords(people, commitments, dates)).toEqual({ title, body });
  });

  it.each([
    [1, 'Tend — a date coming up'],
    [3, 'Tend — 3 dates coming up'],
  ])('%i date heads-ups → %s', (count, title) => {
    expect(lockedDateHeadsUpWords(count)).toEqual({ title, body: 'Unlock Tend to see whose.' });
  });
});
