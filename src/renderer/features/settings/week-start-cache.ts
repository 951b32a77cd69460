import type { Settings } from '../../../shared/settings';

/**
 * The week start the last session read, kept in localStorage so the first reads of a new session
 * (week-start.svelte.ts, app/first-reads.ts) need not wait for the settings.
 */

type WeekStart = Settings['weekStart'];

const CACHE_KEY = 'tend.weekStart';

/** The week start the last session read, or null on a first start. */
export function cachedWeekStart(): WeekStart | null {
  try {
    const value = Number(localStorage.getItem(CACHE_KEY) ?? Number.NaN);
    return Number.isInteger(value) && value >= 0 && value <= 6 ? (value as WeekStart) : null;
  } catch {
    return null;
  }
}

export function keepWeekStart(weekStart: WeekStart): void {
  try {
    localStorage.setItem(CACHE_KEY, String(weekStart));
  } catch {
    // Storage full or refused: the next start waits for the settings instead.
  }
}
