import type { WindowBounds } from '../../../src/shared/settings';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;

/** Enough of the window, including its title bar, that the user can grab it and drag it back. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

function titleBarVisibleOn(bounds: Rect, area: Rect): boolean {
  const left = Math.max(bounds.x, area.x);
  const right = Math.min(bounds.x + bounds.width, area.x + area.width);
  const top = Math.max(bounds.y, area.y);
  const bottom = Math.min(bounds.y + MIN_VISIBLE.height, area.y + area.height);
  return right - left >= MIN_VISIBLE.width && bottom - top >= MIN_VISIBLE.height;
}

/**
 * The saved bounds to restore, or null to open centred at the default size. Saved bounds are used
 * only if their top edge lies on a display that is connected now: a window restored onto an
 * unplugged monitor would be invisible and unreachable.
 */
export function restorableBounds(saved: WindowBounds | null, workAreas: readonly Rect[]): WindowBounds | null {
  if (!saved) return null;
  if (!workAreas.some((area) => titleBarVisibleOn(saved, area))) return null;
  return {
    ...saved,
    width: Math.max(saved.width, MIN_SIZE.width),
    height: Math.max(saved.height, MIN_SIZE.height),
  };
}
