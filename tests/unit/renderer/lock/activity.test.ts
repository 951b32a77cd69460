import { describe, expect, it } from 'vitest';
import { ACTIVITY_EVENTS, reportActivity, type ActivityTarget } from '../../../../src/renderer/features/lock/activity';
import { waitSentence } from '../../../../src/renderer/features/lock/lock-words';

function target(): ActivityTarget & { fire(type: string): void; count(): number } {
  const listeners = new Map<string, Set<() => void>>();
  return {
    addEventListener: (type, listener) => void listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    removeEventListener: (type, listener) => void listeners.get(type)?.delete(listener),
    fire: (type) => listeners.get(type)?.forEach((listener) => listener()),
    count: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
  };
}

describe('reportActivity: the leader’s input, at most once per throttle', () => {
  it('reports the first input at once, then nothing until the throttle has passed, whatever the kind of input', () => {
    const page = target();
    let now = 0;
    let reports = 0;
    const stop = reportActivity(page, () => reports++, () => now, 15_000);
    for (const type of ACTIVITY_EVENTS) page.fire(type);
    expect(reports).toBe(1);
    now = 14_999;
    page.fire('pointermove');
    expect(reports).toBe(1);
    now = 15_000;
    page.fire('wheel');
    expect(reports).toBe(2);
    stop();
    expect(page.count()).toBe(0);
    now = 60_000;
    page.fire('keydown');
    expect(reports).toBe(2);
  });
});

describe('waitSentence', () => {
  it.each([
    ['2026-11-23T14:00:30.000Z', 'Too many wrong tries. You can try again at 9:00 AM (in 30 seconds).'],
    ['2026-11-23T14:00:01.000Z', 'Too many wrong tries. You can try again at 9:00 AM (in 1 second).'],
    ['2026-11-23T14:04:00.000Z', 'Too many wrong tries. You can try again at 9:04 AM (in 4 minutes).'],
  ])('until %s', (retryAt, sentence) => {
    expect(waitSentence(retryAt, new Date('2026-11-23T14:00:00.000Z'))).toBe(sentence);
  });
});
