/**
 * Timers stall across sleep, `powerMonitor.resume` does not fire on some Linux setups and fires twice
 * on some Windows ones, and the user can set the clock. So after every wake the host compares the wall
 * clock with its last tick and, on a jump, runs one catch-up plan (idempotent: the shown record keeps
 * it from repeating anything).
 */

export type ClockJump = 'none' | 'forward' | 'backward';

/** Timers fire a little late on a busy machine; a minute either way is not a jump. */
export const JUMP_TOLERANCE_MS = 60_000;

/** 'forward' when more time passed than the timer allowed (sleep, or the clock set ahead); 'backward' when the clock went back. */
export function detectClockJump(lastTick: Date, now: Date, expectedIntervalMs: number): ClockJump {
  const elapsed = now.getTime() - lastTick.getTime();
  if (elapsed < -JUMP_TOLERANCE_MS) return 'backward';
  if (elapsed > expectedIntervalMs + JUMP_TOLERANCE_MS) return 'forward';
  return 'none';
}
