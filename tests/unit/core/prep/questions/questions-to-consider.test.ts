import { describe, expect, it } from 'vitest';
import { dismissQuestion, questionsToConsider, type PrepFacts, type QuestionDismissal } from '../../../../../src/core/prep/questions';
import { familyMember, factsFor, goal, perceived, SAM, TODAY } from './facts';

/** Every rule has something to say about Sam. */
function everyGap(): PrepFacts {
  return factsFor({
    perceived: perceived([2, 3], [1, 3]),
    family: [familyMember({ id: 'maya', name: 'Maya', relation: 'daughter', birthday: '2019-11-27' })],
    // Maya and a dog: something is known about life outside work.
    personalDetails: 2,
    goals: [
      goal({ id: 'late', targetOn: '2026-10-01' }),
      goal({ id: 'stuck', kind: 'challenge', lastProgressOn: '2026-09-01' }),
    ],
    matters: [{ id: 'm1', what: 'Family dinners on Fridays', why: null, notedOn: '2026-10-03' }],
    investments: [{ kind: 'recognition', on: '2026-06-01' }],
  });
}

const keys = (facts: PrepFacts, today = TODAY, dismissed: QuestionDismissal[] = []) =>
  questionsToConsider(facts, { today, dismissed }).map((q) => q.key);

describe('questionsToConsider: at most five, most useful first, dismissable', () => {
  it('orders the rules: mood, birthday, late goal, stuck challenge, what matters — and stops at five', () => {
    expect(keys(everyGap())).toEqual([
      'low-mood-or-energy:n2',
      'family-birthday:maya',
      'goal-past-target:late',
      'challenge-unchanged:stuck',
      'what-matters-gap:m1',
    ]);
  });

  it('fills up with recognition, then the personal goal, when the more pressing rules are quiet', () => {
    const facts = everyGap();
    facts.perceived = [];
    facts.family = [];
    expect(keys(facts)).toEqual([
      'goal-past-target:late',
      'challenge-unchanged:stuck',
      'what-matters-gap:m1',
      `no-recognition:${SAM}`,
      `no-personal-goal:${SAM}`,
    ]);
  });

  it('lets a rule with many questions fill the places the quiet rules leave', () => {
    const facts = factsFor({
      goals: [
        goal({ id: 'c1', kind: 'challenge', lastProgressOn: '2026-01-01' }),
        goal({ id: 'c2', kind: 'challenge', lastProgressOn: '2026-02-01' }),
        goal({ id: 'c3', kind: 'challenge', lastProgressOn: '2026-03-01' }),
        goal({ id: 'c4', kind: 'challenge', lastProgressOn: '2026-04-01' }),
        goal({ id: 'personal', sphere: 'personal' }),
      ],
      matters: [{ id: 'm1', what: 'Climbing', why: 'Her brother', notedOn: '2026-10-03' }],
      investments: [{ kind: 'recognition', on: '2026-11-01' }],
      personalDetails: 1,
    });
    facts.goals.push(goal({ id: 'late', targetOn: '2026-11-01' }));
    expect(keys(facts)).toEqual([
      'goal-past-target:late',
      'challenge-unchanged:c1',
      'challenge-unchanged:c2',
      'challenge-unchanged:c3',
      'challenge-unchanged:c4',
    ]);
  });

  it('gives a second turn only after every rule has had its first', () => {
    const facts = everyGap();
    facts.perceived = [];
    facts.goals.push(goal({ id: 'late2', targetOn: '2026-11-01' }));
    facts.investments = [{ kind: 'recognition', on: '2026-11-01' }];
    facts.goals.push(goal({ id: 'personal', sphere: 'personal' }));
    expect(keys(facts)).toEqual([
      'family-birthday:maya',
      'goal-past-target:late',
      'challenge-unchanged:stuck',
      'what-matters-gap:m1',
      'goal-past-target:late2',
    ]);
  });

  it('returns nothing when the leader knows it all and nothing is late', () => {
    const facts = factsFor({
      goals: [goal({ id: 'personal', sphere: 'personal' }), goal({ id: 'work' })],
      matters: [{ id: 'm1', what: 'Climbing', why: 'Her brother got her into it', notedOn: '2026-10-03' }],
      investments: [{ kind: 'recognition', on: '2026-11-01' }],
      perceived: perceived([4, 4], [2, 2]),
      personalDetails: 3,
    });
    expect(keys(facts)).toEqual([]);
  });

  it('hides a “not now” question for a week, and it comes back on the seventh day', () => {
    const notNow = dismissQuestion('what-matters-gap:m1', 'not_now', TODAY);
    expect(notNow).toEqual({ key: 'what-matters-gap:m1', until: '2026-11-30' });
    const facts = factsFor({ matters: [{ id: 'm1', what: 'Climbing', why: null, notedOn: '2026-10-03' }] });
    expect(keys(facts, TODAY, [])).toContain('what-matters-gap:m1');
    expect(keys(facts, TODAY, [notNow])).not.toContain('what-matters-gap:m1');
    expect(keys(facts, '2026-11-29', [notNow])).not.toContain('what-matters-gap:m1');
    expect(keys(facts, '2026-11-30', [notNow])).toContain('what-matters-gap:m1');
  });

  it('“not now” counts calendar days across a month end and a leap day', () => {
    expect(dismissQuestion('k', 'not_now', '2028-02-25').until).toBe('2028-03-03');
    expect(dismissQuestion('k', 'not_now', '2026-12-28').until).toBe('2027-01-04');
  });

  it('never shows a “don’t ask again” question for this person again', () => {
    const never = dismissQuestion(`no-personal-goal:${SAM}`, 'never', TODAY);
    expect(never).toEqual({ key: `no-personal-goal:${SAM}`, until: null });
    const facts = factsFor();
    expect(keys(facts)).toContain(`no-personal-goal:${SAM}`);
    expect(keys(facts, '2031-06-01', [never])).not.toContain(`no-personal-goal:${SAM}`);
  });

  it('fills the place a dismissal frees with the next question', () => {
    const dismissed = [dismissQuestion('low-mood-or-energy:n2', 'never', TODAY), dismissQuestion('goal-past-target:late', 'not_now', TODAY)];
    expect(keys(everyGap(), TODAY, dismissed)).toEqual([
      'family-birthday:maya',
      'challenge-unchanged:stuck',
      'what-matters-gap:m1',
      `no-recognition:${SAM}`,
      `no-personal-goal:${SAM}`,
    ]);
  });

  it('a dismissal of one subject leaves the same rule’s other subjects alone', () => {
    const facts = factsFor({ goals: [goal({ id: 'a', targetOn: '2026-10-01' }), goal({ id: 'b', targetOn: '2026-10-02' })] });
    expect(keys(facts, TODAY, [dismissQuestion('goal-past-target:a', 'never', TODAY)])).toContain('goal-past-target:b');
  });

  // Issue 20: a thin profile saw "None this time", where questions help the leader most.
  it.each<[label: string, facts: PrepFacts, expected: string[]]>([
    [
      'a person added today, nothing else known',
      factsFor({ person: { id: SAM, name: 'Samuel Okafor', preferredName: 'Sam', addedOn: TODAY } }),
      [`what-matters-gap:${SAM}`, `no-work-goal:${SAM}`, `little-known-outside-work:${SAM}`, `no-personal-goal:${SAM}`],
    ],
    [
      'a person with only notes (a mood noted once, fine)',
      factsFor({ perceived: perceived([4, null]) }),
      [`what-matters-gap:${SAM}`, `no-work-goal:${SAM}`, `no-recognition:${SAM}`, `little-known-outside-work:${SAM}`, `no-personal-goal:${SAM}`],
    ],
    [
      'a person with only notes, low the last two times',
      factsFor({ perceived: perceived([2, null], [1, null]) }),
      ['low-mood-or-energy:n2', `what-matters-gap:${SAM}`, `no-work-goal:${SAM}`, `no-recognition:${SAM}`, `little-known-outside-work:${SAM}`],
    ],
    [
      'a work goal and a hobby known, nothing else',
      factsFor({ goals: [goal({ id: 'work' })], personalDetails: 1, investments: [{ kind: 'recognition', on: '2026-11-01' }] }),
      [`what-matters-gap:${SAM}`, `no-personal-goal:${SAM}`],
    ],
  ])('asks what the gaps call for: %s', (_, facts, expected) => {
    expect(keys(facts)).toEqual(expected);
  });

  it('gives every question a unique key and a reason in words', () => {
    const questions = questionsToConsider(everyGap(), { today: TODAY, dismissed: [] });
    expect(new Set(questions.map((q) => q.key)).size).toBe(questions.length);
    for (const q of questions) {
      expect(q.text).toMatch(/\?$/);
      expect(q.because).toMatch(/\.$/);
    }
  });
});
