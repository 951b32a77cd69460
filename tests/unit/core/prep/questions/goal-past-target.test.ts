import { describe, expect, it } from 'vitest';
import type { GoalFact } from '../../../../../src/core/prep/questions';
import { goalPastTarget } from '../../../../../src/core/prep/questions/goal-past-target';
import { factsFor, goal, TODAY } from './facts';

type Row = [label: string, fields: Partial<GoalFact>, today: string, because: string | null];

describe('goalPastTarget: an active goal whose target day has passed', () => {
  it.each<Row>([
    ['target yesterday', { targetOn: '2026-11-22' }, TODAY, 'Its target day, 22 Nov, has passed and it is still active.'],
    ['target last year', { targetOn: '2025-12-31' }, TODAY, 'Its target day, 31 Dec 2025, has passed and it is still active.'],
    ['target today is not late yet', { targetOn: TODAY }, TODAY, null],
    ['target tomorrow', { targetOn: '2026-11-24' }, TODAY, null],
    ['no target day', { targetOn: null }, TODAY, null],
    ['achieved', { targetOn: '2026-10-01', status: 'achieved' }, TODAY, null],
    ['let go', { targetOn: '2026-10-01', status: 'let_go' }, TODAY, null],
    ['a challenge is not a goal', { targetOn: '2026-10-01', kind: 'challenge' }, TODAY, null],
    ['a personal goal counts too', { targetOn: '2026-10-01', sphere: 'personal' }, TODAY, 'Its target day, 1 Oct, has passed and it is still active.'],
    ['leap day target, the day after', { targetOn: '2028-02-29' }, '2028-03-01', 'Its target day, 29 Feb, has passed and it is still active.'],
    ['leap day target, on the day', { targetOn: '2028-02-29' }, '2028-02-29', null],
  ])('%s', (_, fields, today, because) => {
    const facts = factsFor({ goals: [goal({ id: 'g1', title: 'Run a half marathon', ...fields })] });
    const questions = goalPastTarget(facts, today);
    if (because === null) return expect(questions).toEqual([]);
    expect(questions).toEqual([
      { key: 'goal-past-target:g1', rule: 'goal-past-target', text: 'Is “Run a half marathon” still what Sam wants, and by when?', because },
    ]);
  });

  it('puts the longest overdue first', () => {
    const facts = factsFor({
      goals: [goal({ id: 'recent', targetOn: '2026-11-01' }), goal({ id: 'old', targetOn: '2026-03-01' }), goal({ id: 'mid', targetOn: '2026-07-01' })],
    });
    expect(goalPastTarget(facts, TODAY).map((q) => q.key)).toEqual(['goal-past-target:old', 'goal-past-target:mid', 'goal-past-target:recent']);
  });
});
