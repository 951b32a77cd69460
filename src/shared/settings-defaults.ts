/**
 * The settings a new journal starts with, and the defaults the window reads as it starts (the week
 * start, a new person's cadence). Apart from the schemas (settings.ts, people.ts, capture.ts), which
 * the window would otherwise build at start only to read a number (issue 21).
 */

/** How often to invest time with a new person, in days, until Settings say otherwise. */
export const DEFAULT_CADENCE_DAYS = 7;

/** The default global shortcut: Ctrl+Shift+Space, Cmd+Shift+Space on macOS (Electron's accelerator syntax). */
export const DEFAULT_CAPTURE_SHORTCUT = 'CommandOrControl+Shift+Space';

export const DEFAULT_SETTINGS = {
  digestTime: '09:00',
  reflectionTime: '17:30',
  digestOn: true,
  reflectionOn: true,
  quietHours: { start: '20:00', end: '08:00' },
  workdays: [1, 2, 3, 4, 5],
  defaultCadenceDays: DEFAULT_CADENCE_DAYS,
  defaultMaxDays: null,
  closeToTray: true,
  launchAtLogin: false,
  pauseUntil: null,
  theme: 'system',
  weekStart: 1,
  lockAfterMinutes: 15,
  captureShortcut: DEFAULT_CAPTURE_SHORTCUT,
} as const satisfies Record<string, unknown>;
