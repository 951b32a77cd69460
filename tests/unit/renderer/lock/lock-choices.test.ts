import { describe, expect, it } from 'vitest';
import { choiceOf, lockChoices, minutesOf, NEVER } from '../../../../src/renderer/features/settings/lock/lock-choices';

describe('the Lock after choices', () => {
  it('offers the usual idle times and Never', () => {
    expect(lockChoices(15).map((choice) => choice.label)).toEqual([
      '1 minute idle',
      '5 minutes idle',
      '15 minutes idle',
      '30 minutes idle',
      '1 hour idle',
      '2 hours idle',
      '4 hours idle',
      'Never on idle',
    ]);
    expect(lockChoices(null)).toHaveLength(8);
  });

  it('offers a stored value that is not one of them, in its place', () => {
    expect(lockChoices(45).map((choice) => choice.value)).toEqual(['1', '5', '15', '30', '45', '60', '120', '240', NEVER]);
    expect(lockChoices(720).at(-2)).toEqual({ value: '720', label: '12 hours idle' });
  });

  it.each([
    [15, '15'],
    [null, NEVER],
  ])('stores %j as the choice %s and back', (minutes, choice) => {
    expect(choiceOf(minutes)).toBe(choice);
    expect(minutesOf(choice)).toBe(minutes);
  });
});
