import { describe, expect, it } from 'vitest';
import type { GoalFact } from '../../../../../src/core/prep/questions';
import { challengeUnchanged } from '../../../../../src/core/prep/questions/challenge-unchanged';
import { factsFor, goal, TODAY } from './facts';

type Row = [label: string, fields: Partial<GoalFact>, today: string, because: string | null];

describe('challengeUnchanged: an active challenge with nothing noted for 30 days', () => {
  it.each<Row>([
    ['last progress exactly 30 days ago (across the clock change)', { lastProgressOn: '2026-10-24' }, TODAY, 'Nothing noted on this challenge since 24 Oct.'],
    ['29 days ago is still fresh', { lastProgressOn: '2026-10-25' }, TODAY, null],
    ['progress yesterday, though added long ago', { createdOn: '2025-01-01', lastProgressOn: '2026-11-22' }, TODAY, null],
    ['never noted on, added 30 days ago', { createdOn: '2026-10-24' }, TODAY, 'Nothing noted on this challenge since it was added on 24 Oct.'],
    ['never noted on, added 29 days ago', { createdOn: '2026-10-25' }, TODAY, null],
    ['resolved', { lastProgressOn: '2026-01-01', status: 'resolved' }, TODAY, null],
    ['let go', { lastProgressOn: '2026-01-01', status: 'let_go' }, TODAY, null],
    ['a goal is not a challenge', { lastProgressOn: '2026-01-01', kind: 'goal' }, TODAY, null],
    ['a personal challenge counts', { lastProgressOn: '2026-01-01', sphere: 'personal' }, TODAY, 'Nothing noted on this challenge since 1 Jan.'],
    ['a leap February makes 14 Feb → 15 Mar thirty days', { lastProgressOn: '2028-02-14' }, '2028-03-15', 'Nothing noted on this challenge since 14 Feb.'],
    ['in a common year 14 Feb → 15 Mar is 29 days', { lastProgressOn: '2027-02-14' }, '2027-03-15', null],
    ['from the leap day itself', { lastProgressOn: '2028-02-29' }, '2028-03-30', 'Nothing noted on this challenge since 29 Feb.'],
    ['last year names its year', { lastProgressOn: '2025-10-02' }, TODAY, 'Nothing noted on this challenge since 2 Oct 2025.'],
  ])('%s', (_, fields, today, because) => {
    const facts = factsFor({ goals: [goal({ id: 'c1', kind: 'challenge', title: 'Childcare after the move', ...fields })] });
    const questions = challengeUnchanged(facts, today);
    if (because === null) return expect(questions).toEqual([]);
    expect(questions).toEqual([
      { key: 'challenge-unchanged:c1', rule: 'challenge-unchanged', text: 'Where does Sam stand with “Childcare after the move” now?', because },
    ]);
  });

  it('puts the stalest first', () => {
    const facts = factsFor({
      goals: [
        goal({ id: 'a', kind: 'challenge', lastProgressOn: '2026-09-01' }),
        goal({ id: 'b', kind: 'challenge', createdOn: '2026-02-01' }),
        goal({ id: 'c', kind: 'challenge', lastProgressOn: '2026-06-01' }),
      ],
    });
    expect(challengeUnchanged(facts, TODAY).map((q) => q.key)).toEqual(['challenge-unchanged:b', 'challenge-unchanged:c', 'challenge-unchanged:a']);
  });
});
