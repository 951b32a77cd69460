import { describe, expect, it } from 'vitest';
import type { GoalFact } from '../../../../../src/core/prep/questions';
import { littleKnownOutsideWork } from '../../../../../src/core/prep/questions/little-known-outside-work';
import { noWorkGoal } from '../../../../../src/core/prep/questions/no-work-goal';
import { factsFor, goal, SAM } from './facts';

describe('noWorkGoal: no active goal or challenge at work', () => {
  it.each<[label: string, goals: GoalFact[], because: string | null]>([
    ['nothing recorded', [], 'No goal or challenge at work recorded yet.'],
    ['only a personal goal', [goal({ id: 'g', sphere: 'personal' })], 'No goal or challenge at work recorded yet.'],
    ['a work goal, achieved', [goal({ id: 'g', status: 'achieved' })], 'No goal or challenge at work is active.'],
    ['an active work goal', [goal({ id: 'g' })], null],
    ['an active work challenge', [goal({ id: 'c', kind: 'challenge' })], null],
  ])('%s', (_, goals, because) => {
    const questions = noWorkGoal(factsFor({ goals }));
    if (because === null) return expect(questions).toEqual([]);
    expect(questions).toEqual([
      {
        key: `no-work-goal:${SAM}`,
        rule: 'no-work-goal',
        text: 'What is Sam working toward at work right now, and what stands in the way?',
        because,
      },
    ]);
  });
});

describe('littleKnownOutsideWork: no family, pet, hobby, passion or anything good to know', () => {
  it.each<[label: string, personalDetails: number, asks: boolean]>([
    ['nothing recorded', 0, true],
    ['one detail of any kind', 1, false],
    ['many', 7, false],
  ])('%s', (_, personalDetails, asks) => {
    const questions = littleKnownOutsideWork(factsFor({ personalDetails }));
    expect(questions).toEqual(
      asks
        ? [
            {
              key: `little-known-outside-work:${SAM}`,
              rule: 'little-known-outside-work',
              text: 'Who and what fill Sam’s life outside work?',
              because: 'No family, pets, hobbies or passions recorded yet.',
            },
          ]
        : [],
    );
  });
});
