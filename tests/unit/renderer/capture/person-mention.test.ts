import { describe, expect, test } from 'vitest';
import { isCaptureAddress } from '../../../../src/renderer/features/capture/capture-address';
import { lineWithPerson, mentionFor } from '../../../../src/renderer/features/capture/person-mention';

describe('picking a person in quick capture', () => {
  test.each([
    ['', 'Sam Okafor', '@"Sam Okafor" '],
    ['   ', 'Priya', '@Priya '],
    ['30m coaching', 'Sam Okafor', '@"Sam Okafor" 30m coaching'],
    ['@Sa 30m coaching', 'Sam Okafor', '@"Sam Okafor" 30m coaching'],
    ['@"Ana Lima" todo: send the link', 'Ana María Souza', '@"Ana María Souza" todo: send the link'],
    // A colon after the name asked for a note, and keeps asking.
    ['@Lee: stayed late for the launch', 'Sam Okafor', '@"Sam Okafor": stayed late for the launch'],
    ['@Lee, 1h', 'Priya', '@Priya 1h'],
  ] as const)('%j with %s → %j', (line, name, expected) => {
    expect(lineWithPerson(line, name)).toBe(expected);
  });

  test('a name with quotes in it is written without them, so the line still parses', () => {
    expect(mentionFor('Robert "Bob" Fox')).toBe('@"Robert Bob Fox"');
  });
});

test.each([
  ['#/capture', true],
  ['#/capture/', true],
  ['#/today', false],
  ['', false],
  ['#/capture/more', false],
] as const)('%s is the capture address: %s', (hash, expected) => {
  expect(isCaptureAddress(hash)).toBe(expected);
});
