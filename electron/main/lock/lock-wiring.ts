import { powerMonitor } from 'electron';
import type { LockReason } from '../../../src/core/lock/lock-service';
import type { Tend } from '../../../src/core/tend';
import { sendToAppWindows } from '../ipc/register-ipc';

/** The system events that lock Tend at once (issue 24): the lid closes, the screen locks. */
export const LOCK_EVENTS = { suspend: 'sleep', 'lock-screen': 'screen locked' } as const satisfies Record<string, LockReason>;

/**
 * The desktop's lock: power events lock it, a wake looks at the idle time at once (the timer stalled
 * through the sleep), and every window hears of each lock and unlock. The idle timer itself is the
 * core's, on its clock.
 */
export function wireLock(tend: Tend): () => void {
  const removers = Object.entries(LOCK_EVENTS).map(([event, reason]) => {
    const listener = () => tend.lock.lock(reason);
    powerMonitor.on(event as 'suspend', listener);
    return () => powerMonitor.removeListener(event as 'suspend', listener);
  });
  const wake = () => tend.lock.check();
  powerMonitor.on('resume', wake);
  const stopForwarding = tend.lock.onChange((locked) => sendToAppWindows('lock.changed', { locked }));
  tend.lock.start();
  return () => {
    for (const remove of removers) remove();
    powerMonitor.removeListener('resume', wake);
    stopForwarding();
    tend.lock.stop();
  };
}
