import { describe, expect, it } from 'vitest';
import type { GoalFact } from '../../../../../src/core/prep/questions';
import { noPersonalGoal } from '../../../../../src/core/prep/questions/no-personal-goal';
import { factsFor, goal, SAM } from './facts';

type Row = [label: string, goals: GoalFact[], because: string | null];

describe('noPersonalGoal: no active personal goal', () => {
  it.each<Row>([
    ['nothing recorded', [], 'No personal goal recorded yet.'],
    ['only a professional goal', [goal({ id: 'g', sphere: 'professional' })], 'No personal goal recorded yet.'],
    ['only a personal challenge', [goal({ id: 'c', kind: 'challenge', sphere: 'personal' })], 'No personal goal recorded yet.'],
    ['a personal goal, achieved', [goal({ id: 'g', sphere: 'personal', status: 'achieved' })], 'No personal goal is active.'],
    ['a personal goal, let go', [goal({ id: 'g', sphere: 'personal', status: 'let_go' })], 'No personal goal is active.'],
    ['an active personal goal', [goal({ id: 'g', sphere: 'personal', status: 'achieved' }), goal({ id: 'h', sphere: 'personal' })], null],
  ])('%s', (_, goals, because) => {
    const questions = noPersonalGoal(factsFor({ goals }));
    if (because === null) return expect(questions).toEqual([]);
    expect(questions).toEqual([
      { key: `no-personal-goal:${SAM}`, rule: 'no-personal-goal', text: 'What is Sam hoping for outside work this year?', because },
    ]);
  });

  it('uses the first name when there is no preferred name', () => {
    const facts = factsFor();
    facts.person = { ...facts.person, name: 'Priya Natarajan', preferredName: null };
    expect(noPersonalGoal(facts)[0]!.text).toBe('What is Priya hoping for outside work this year?');
  });
});
