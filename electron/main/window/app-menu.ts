import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { HostShortcut } from '../../../src/shared/contract';
import { SHORTCUTS } from '../../../src/renderer/app/shortcuts';

export interface AppMenuActions {
  /** Brings the main window forward on `route` (a `#/…` hash). */
  navigate(route: string): void;
  /** Brings the main window forward and does what pressing the shortcut there does. */
  shortcut(id: HostShortcut): void;
}

/**
 * The menu bar's accelerator for one of the app's shortcuts (src/renderer/app/shortcuts.ts, the one
 * table): Cmd on macOS and Ctrl elsewhere, as the page itself reads them.
 */
export function acceleratorFor(id: HostShortcut): string {
  const [chord] = SHORTCUTS[id].chords;
  const parts = [...('command' in chord && chord.command ? ['CmdOrCtrl'] : []), ...('shift' in chord && chord.shift ? ['Shift'] : []), chord.key.toUpperCase()];
  return parts.join('+');
}

/** The sections of the sidebar, in its order, as the Go menu lists them. */
export const GO_ITEMS: readonly { label: string; route: string; shortcut?: HostShortcut }[] = [
  { label: 'Today', route: '#/today' },
  { label: 'Prep', route: '#/prep' },
  { label: 'People', route: '#/people' },
  { label: 'Journal', route: '#/journal', shortcut: 'journal' },
  { label: 'Search', route: '#/search' },
  { label: 'Insights', route: '#/insights' },
];

/**
 * Tend's menu bar: File, Edit, View, Go, Window, Help (and the app menu on macOS), with the app's
 * own shortcuts shown beside their items. The page already answers those keys itself, so on Linux and
 * Windows the menu shows them without registering them (a key is never handled twice); macOS sends a
 * key to the page first, and the menu only sees what the page left. A click does what the key does.
 * A plain `?` is never an accelerator: it is a character in every text field.
 */
export function appMenuTemplate(platform: NodeJS.Platform, actions: AppMenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const shortcutItem = (label: string, id: HostShortcut): MenuItemConstructorOptions => ({
    label,
    accelerator: acceleratorFor(id),
    registerAccelerator: mac,
    click: () => actions.shortcut(id),
  });
  // ⌘, is macOS's own convention for Settings, like ⌘Q for Quit; elsewhere there is none to follow.
  const settings: MenuItemConstructorOptions = mac
    ? { label: 'Settings…', accelerator: 'Cmd+,', click: () => actions.navigate('#/settings') }
    : { label: 'Settings', click: () => actions.navigate('#/settings') };
  return [
    ...(mac
      ? [
          {
            label: 'Tend',
            submenu: [
              { role: 'about' },
              { type: 'separator' },
              settings,
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'File',
      submenu: [
        shortcutItem('Log Time…', 'log-time'),
        shortcutItem('Lock Tend', 'lock'),
        ...(mac ? [] : [{ type: 'separator' } as const, settings]),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { role: 'selectAll' },
        { type: 'separator' },
        shortcutItem('Find…', 'find-in-page'),
        shortcutItem('Find Anything…', 'palette'),
      ],
    },
    {
      label: 'View',
      submenu: [
        shortcutItem('Presenting', 'presenting'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Go',
      submenu: GO_ITEMS.map(({ label, route, shortcut }) =>
        shortcut ? { ...shortcutItem(label, shortcut), click: () => actions.navigate(route) } : { label, click: () => actions.navigate(route) },
      ),
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'Keyboard Shortcuts', click: () => actions.shortcut('shortcuts-help') }],
    },
  ];
}

/** Sets the menu bar for the whole app (every window on Linux and Windows, the top of the screen on macOS). */
export function installAppMenu(platform: NodeJS.Platform, actions: AppMenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(platform, actions)));
}
