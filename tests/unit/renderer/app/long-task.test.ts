import { describe, expect, it } from 'vitest';
import { progressWords, remainingMs } from '../../../../src/renderer/app/long-task.svelte';

describe('a long task’s progress line', () => {
  it.each([
    // No pace yet: nothing done, or too early to tell.
    [0, 5000, 4000, null],
    [100, 5000, 500, null],
    [0, 0, 5000, null],
    [1000, 5000, 2000, 8000],
    [5000, 5000, 9000, 0],
  ] as const)('%i of %i after %i ms → %s ms left', (done, total, elapsed, left) => {
    expect(remainingMs(done, total, elapsed)).toBe(left);
  });

  it.each([
    [1200, 5000, null, '1,200 of 5,000'],
    [1200, 5000, 20_000, '1,200 of 5,000 · about 20 seconds left'],
    [4999, 5000, 400, '4,999 of 5,000 · about 1 second left'],
    [10, 5000, 150_000, '10 of 5,000 · about 3 min left'],
  ] as const)('%i of %i with %s ms left → %s', (done, total, left, words) => {
    expect(progressWords(done, total, left, 'en-US')).toBe(words);
  });
});
