import { describe, expect, it } from 'vitest';
import { ICON_PATHS, ICONS, type IconName } from '../../../../src/renderer/ui/icon/icons';

describe('each icon is drawn as one path (issue 21)', () => {
  const names = Object.keys(ICONS) as IconName[];

  it.each(names)('%s: every part starts with an absolute move, so joined each stays where it was drawn', (name) => {
    for (const part of ICONS[name]) expect(part).toMatch(/^M/);
    expect(ICON_PATHS[name]).toBe(ICONS[name].join(' '));
  });
});
