import { describe, expect, it } from 'vitest';
import { detectClockJump } from '../../../../src/core/reminders/clock-jump';

const HOUR = 3600_000;

describe('detectClockJump compares the wall clock with the last tick', () => {
  it.each([
    ['a tick on time', '2026-11-23T14:00:00Z', '2026-11-23T15:00:00Z', HOUR, 'none'],
    ['a timer a few seconds late', '2026-11-23T14:00:00Z', '2026-11-23T15:00:40Z', HOUR, 'none'],
    ['an early wake (data changed)', '2026-11-23T14:00:00Z', '2026-11-23T14:05:00Z', HOUR, 'none'],
    ['a 3-day sleep', '2026-11-20T21:00:00Z', '2026-11-23T16:00:00Z', HOUR, 'forward'],
    ['a stalled 5-minute safety tick', '2026-11-23T14:00:00Z', '2026-11-23T14:20:00Z', 5 * 60_000, 'forward'],
    ['the clock set ahead a day', '2026-11-23T14:00:00Z', '2026-11-24T14:00:00Z', HOUR, 'forward'],
    ['the clock set back an hour', '2026-11-23T14:00:00Z', '2026-11-23T13:00:00Z', HOUR, 'backward'],
    ['a few seconds back (time sync)', '2026-11-23T14:00:00Z', '2026-11-23T13:59:30Z', HOUR, 'none'],
    ['back to yesterday', '2026-11-23T14:00:00Z', '2026-11-22T14:00:00Z', HOUR, 'backward'],
  ])('%s → %s', (_name, lastTick, now, interval, expected) => {
    expect(detectClockJump(new Date(lastTick), new Date(now), interval)).toBe(expected);
  });
});
