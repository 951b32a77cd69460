import type { Dispatch } from '../dispatch';
import { log } from '../log';

const logger = log('schedule');

/** How often a subscription is read again while Tend runs (issue 22). */
export const REFRESH_EVERY_MS = 30 * 60_000;

export interface ScheduleRefresh {
  stop(): void;
}

/**
 * Reads the calendar now and every 30 minutes, through the dispatcher so views hear of what changed.
 * Nothing is read (and no request made) while no calendar is set up.
 */
export function startScheduleRefresh(dispatch: Dispatch, everyMs: number = REFRESH_EVERY_MS): ScheduleRefresh {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const status = await dispatch('schedule.status', {});
      if (status.ok && status.value.sources.length > 0) {
        const refreshed = await dispatch('schedule.refresh', {});
        if (!refreshed.ok) logger.warn(`the calendar could not be refreshed: ${refreshed.error.message}`);
      }
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
