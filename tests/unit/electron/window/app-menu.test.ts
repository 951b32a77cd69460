import { readFileSync } from 'node:fs';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { acceleratorFor, appMenuTemplate, installAppMenu, type AppMenuActions } from '../../../../electron/main/window/app-menu';
import { WINDOW_BACKGROUND, windowBackground } from '../../../../electron/main/window/window-background';
import { hasCountBadge, showAttentionBadge } from '../../../../electron/main/reminders/attention-badge';
import { GLOBAL_SHORTCUTS } from '../../../../src/renderer/app/shortcuts';
import { fake } from '../../../fixtures/fake-electron';

vi.mock('electron', async () => (await import('../../../fixtures/fake-electron')).electronModule);

function recording(): AppMenuActions & { log: string[] } {
  const log: string[] = [];
  return { log, navigate: (route) => void log.push(`navigate ${route}`), shortcut: (id) => void log.push(`shortcut ${id}`) };
}

/** Every item of a menu, depth first, with the top-level menu it is in. */
function items(template: MenuItemConstructorOptions[]): (MenuItemConstructorOptions & { menu: string })[] {
  return template.flatMap((top) =>
    (Array.isArray(top.submenu) ? top.submenu : []).map((item) => ({ ...item, menu: top.label ?? top.role ?? '' })),
  );
}

function find(template: MenuItemConstructorOptions[], label: string) {
  const item = items(template).find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no menu item "${label}"`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('the application menu', () => {
  it.each([
    ['linux', ['File', 'Edit', 'View', 'Go', 'windowMenu', 'help']],
    ['win32', ['File', 'Edit', 'View', 'Go', 'windowMenu', 'help']],
    ['darwin', ['Tend', 'File', 'Edit', 'View', 'Go', 'windowMenu', 'help']],
  ] as const)('on %s: %o', (platform, menus) => {
    expect(appMenuTemplate(platform, recording()).map((top) => top.label ?? top.role)).toEqual(menus);
  });

  it('takes its accelerators from the shortcut table: Cmd on macOS, Ctrl elsewhere', () => {
    expect(acceleratorFor('palette')).toBe('CmdOrCtrl+K');
    expect(acceleratorFor('find-in-page')).toBe('CmdOrCtrl+F');
    expect(acceleratorFor('journal')).toBe('CmdOrCtrl+J');
    expect(acceleratorFor('log-time')).toBe('CmdOrCtrl+L');
    expect(acceleratorFor('presenting')).toBe('CmdOrCtrl+Shift+P');
  });

  it('offers every app-wide shortcut, a click doing what the key does', () => {
    const actions = recording();
    const template = appMenuTemplate('linux', actions);
    for (const label of ['Log Time…', 'Find…', 'Find Anything…', 'Presenting', 'Keyboard Shortcuts']) click(find(template, label));
    expect(actions.log).toEqual(['shortcut log-time', 'shortcut find-in-page', 'shortcut palette', 'shortcut presenting', 'shortcut shortcuts-help']);
    const offered = new Set(items(template).map((item) => item.accelerator));
    for (const id of GLOBAL_SHORTCUTS.filter((shortcut) => shortcut !== 'shortcuts-help')) expect(offered, id).toContain(acceleratorFor(id));
  });

  it('shows the page’s own keys without registering them on Linux and Windows, so no key is handled twice', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const withKeys = items(appMenuTemplate(platform, recording())).filter((item) => item.accelerator);
      expect(withKeys.length).toBeGreaterThan(0);
      for (const item of withKeys) expect(item.registerAccelerator, `${platform} ${item.label}`).toBe(false);
    }
    const mac = items(appMenuTemplate('darwin', recording())).filter((item) => item.accelerator && item.label !== 'Settings…');
    for (const item of mac) expect(item.registerAccelerator, item.label).toBe(true);
  });

  it('gives no item an accelerator twice, and never a bare key (that is typing)', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const accelerators = items(appMenuTemplate(platform, recording())).flatMap((item) => (typeof item.accelerator === 'string' ? [item.accelerator] : []));
      expect(new Set(accelerators).size).toBe(accelerators.length);
      for (const accelerator of accelerators) expect(accelerator).toMatch(/^(CmdOrCtrl|Cmd)\+/);
    }
  });

  it('Go opens each section of the sidebar, in its order', () => {
    const actions = recording();
    const go = appMenuTemplate('linux', actions).find((top) => top.label === 'Go');
    const entries = go?.submenu as MenuItemConstructorOptions[];
    expect(entries.map((item) => item.label)).toEqual(['Today', 'Prep', 'People', 'Journal', 'Search', 'Insights']);
    for (const item of entries) click(item);
    expect(actions.log).toEqual(['#/today', '#/prep', '#/people', '#/journal', '#/search', '#/insights'].map((route) => `navigate ${route}`));
    expect(entries.find((item) => item.label === 'Journal')?.accelerator).toBe('CmdOrCtrl+J');
  });

  it('opens Settings from the app menu on macOS (⌘,) and from File elsewhere', () => {
    const mac = recording();
    const macSettings = find(appMenuTemplate('darwin', mac), 'Settings…');
    expect(macSettings).toMatchObject({ menu: 'Tend', accelerator: 'Cmd+,' });
    click(macSettings);
    const linux = recording();
    const linuxSettings = find(appMenuTemplate('linux', linux), 'Settings');
    expect(linuxSettings.menu).toBe('File');
    click(linuxSettings);
    expect([...mac.log, ...linux.log]).toEqual(['navigate #/settings', 'navigate #/settings']);
  });

  it('is set as the whole app’s menu bar', () => {
    installAppMenu('linux', recording());
    expect(fake.electron.Menu.application?.items.map((item) => item.label ?? (item as { role?: string }).role)).toEqual(['File', 'Edit', 'View', 'Go', 'windowMenu', 'help']);
  });
});

describe('the window’s colour before the page draws', () => {
  it('is the page’s own background, light and dark (tokens.css)', () => {
    const tokens = readFileSync('src/renderer/styles/tokens.css', 'utf8');
    const [, light, dark] = /--color-bg: light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/i.exec(tokens) ?? [];
    expect(WINDOW_BACKGROUND).toEqual({ light, dark });
  });

  it.each([
    ['system', false, WINDOW_BACKGROUND.light],
    ['system', true, WINDOW_BACKGROUND.dark],
    ['dark', false, WINDOW_BACKGROUND.dark],
    ['light', true, WINDOW_BACKGROUND.light],
  ] as const)('theme %s, OS dark %s → %s', (theme, systemDark, colour) => {
    expect(windowBackground(theme, systemDark)).toBe(colour);
  });
});

describe('the attention badge', () => {
  it.each([
    ['darwin', true],
    ['linux', true],
    ['win32', false],
  ] as const)('on %s: a count badge %s', (platform, shown) => {
    fake.electron.app.badgeCounts.length = 0;
    expect(hasCountBadge(platform)).toBe(shown);
    showAttentionBadge(3, platform);
    showAttentionBadge(0, platform);
    expect(fake.electron.app.badgeCounts).toEqual(shown ? [3, 0] : []);
  });
});
