import { describe, expect, it } from 'vitest';
import { nextTryAt, unlockDelayMs } from '../../../../src/core/lock/unlock-delay';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('unlockDelayMs: five wrong tries, then a growing wait', () => {
  it.each([
    [0, 0],
    [1, 0],
    [4, 0],
    [5, 30 * SECOND],
    [6, MINUTE],
    [7, 2 * MINUTE],
    [8, 4 * MINUTE],
    [10, 16 * MINUTE],
    [11, 32 * MINUTE],
    [12, 60 * MINUTE],
    [40, 60 * MINUTE],
    [1e9, 60 * MINUTE],
  ])('after %i wrong tries, waits %i ms', (tries, delay) => {
    expect(unlockDelayMs(tries)).toBe(delay);
  });
});

describe('nextTryAt', () => {
  const at = new Date('2026-11-23T14:00:00Z');
  it.each([
    [4, at, null],
    [5, null, null],
    [5, at, '2026-11-23T14:00:30.000Z'],
    [7, at, '2026-11-23T14:02:00.000Z'],
  ])('after %i wrong tries (last at %s): %s', (tries, last, expected) => {
    expect(nextTryAt(tries, last)?.toISOString() ?? null).toBe(expected);
  });
});
