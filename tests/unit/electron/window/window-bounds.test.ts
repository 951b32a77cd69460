import { describe, expect, it } from 'vitest';
import { restorableBounds, type Rect } from '../../../../electron/main/window/window-bounds';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const externalOnRight: Rect = { x: 1440, y: -200, width: 2560, height: 1415 };
const saved = (x: number, y: number, width = 1200, height = 800, maximized = false) => ({ x, y, width, height, maximized });

describe('restorableBounds', () => {
  it('opens at the default place when nothing was saved', () => {
    expect(restorableBounds(null, [laptop])).toBeNull();
  });

  it.each([
    ['fully on the laptop', saved(100, 50), [laptop]],
    ['on the external display', saved(2000, 0), [laptop, externalOnRight]],
    ['straddling both displays', saved(1000, 100), [laptop, externalOnRight]],
    ['mostly off the right edge, title bar still reachable', saved(1300, 100), [laptop]],
    ['maximised', saved(0, 0, 1440, 875, true), [laptop]],
  ])('restores a window %s', (_label, bounds, areas) => {
    expect(restorableBounds(bounds, areas)).toEqual(bounds);
  });

  it.each([
    ['on a display that was unplugged', saved(2000, 0), [laptop]],
    ['far off to the left', saved(-5000, 100), [laptop]],
    ['with its title bar above the screen', saved(100, -500), [laptop]],
    ['below the bottom edge', saved(100, 860), [laptop]],
    ['with only a sliver of title bar showing', saved(1400, 100), [laptop]],
    ['when no display is known', saved(100, 100), []],
  ])('does not restore a window %s', (_label, bounds, areas) => {
    expect(restorableBounds(bounds, areas)).toBeNull();
  });

  it('never restores smaller than the minimum size', () => {
    expect(restorableBounds(saved(10, 10, 300, 200), [laptop])).toEqual(saved(10, 10, 900, 600));
  });
});
