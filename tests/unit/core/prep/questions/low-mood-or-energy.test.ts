import { describe, expect, it } from 'vitest';
import { lowMoodOrEnergy } from '../../../../../src/core/prep/questions/low-mood-or-energy';
import { factsFor, perceived } from './facts';

const MOOD = 'What do you know about what is weighing on Sam lately?';
const ENERGY = 'What might be draining Sam’s energy lately?';

type Pair = [number | null, number | null];
type Row = [string, Pair[], [text: string, key: string, because: string] | null];

describe('lowMoodOrEnergy: the perceived mood or energy low (≤ 2) the last two times it was noted', () => {
  it.each<Row>([
    // notes newest first as [mood, energy] → text, key, because (null: no question)
    ['no notes', [], null],
    ['one low mood is a bad day, not a pattern', [[1, null]], null],
    ['two low moods in a row', [[2, null], [1, null]], [MOOD, 'low-mood-or-energy:n2', 'You noted Sam’s mood as low the last two times.']],
    ['2 is low, 3 is not', [[2, 4], [3, 4]], null],
    ['the newest is fine again', [[4, null], [2, null], [1, null]], null],
    ['three in a row: the run starts at the oldest', [[1, 3], [2, 3], [1, 3]], [MOOD, 'low-mood-or-energy:n3', 'You noted Sam’s mood as low the last three times.']],
    ['low energy twice', [[4, 2], [5, 1]], [ENERGY, 'low-mood-or-energy:n2', 'You noted Sam’s energy as low the last two times.']],
    ['both low: one question, about mood', [[2, 2], [1, 1]], [MOOD, 'low-mood-or-energy:n2', 'You noted Sam’s mood and energy as low the last two times.']],
    ['notes without a mood are skipped, not a break', [[2, null], [null, 4], [1, null]], [MOOD, 'low-mood-or-energy:n3', 'You noted Sam’s mood as low the last two times.']],
    ['an old low stretch does not count', [[4, 4], [1, 1], [1, 1]], null],
    ['both low but one run longer: the oldest start, the shorter count', [[2, 1], [1, 1], [4, 2]], [MOOD, 'low-mood-or-energy:n3', 'You noted Sam’s mood and energy as low the last two times.']],
  ])('%s', (_, pairs, expected) => {
    const questions = lowMoodOrEnergy(factsFor({ perceived: perceived(...pairs) }));
    if (expected === null) return expect(questions).toEqual([]);
    const [text, key, because] = expected;
    expect(questions).toEqual([{ key, rule: 'low-mood-or-energy', text, because }]);
  });

  it('keeps the same key while the low stretch goes on, so a dismissal holds', () => {
    const twice = lowMoodOrEnergy(factsFor({ perceived: perceived([2, null], [2, null]) }));
    const thrice = lowMoodOrEnergy(factsFor({ perceived: [{ noteId: 'n0', notedOn: '2026-11-22', mood: 1, energy: null }, ...perceived([2, null], [2, null])] }));
    expect(thrice[0]!.key).toBe(twice[0]!.key);
  });

  it('names the person by their first name when no preferred name is known', () => {
    const facts = factsFor({ perceived: perceived([4, 1], [4, 2]) });
    facts.person = { ...facts.person, name: 'Priya Natarajan', preferredName: null };
    expect(lowMoodOrEnergy(facts)[0]!.text).toBe('What might be draining Priya’s energy lately?');
  });
});
