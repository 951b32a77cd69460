import * as v from 'valibot';
import { isValid, parseISO } from 'date-fns';
import { wholeDays, wholeNumber } from './fields';
import { CaptureShortcut } from './capture';
import { DEFAULT_SETTINGS } from './settings-defaults';
import type { MethodTable } from './method-table';

/**
 * Preferences kept outside the database (electron-store on the desktop, `conf` in the web host).
 * Unknown keys are kept, so a file written by a newer Tend still opens in an older one.
 */

const Pixels = v.pipe(v.number(), v.integer(), v.minValue(-100_000), v.maxValue(100_000));
const Size = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000));

/** The main window's last normal (not maximised) bounds, in screen coordinates. */
export const WindowBounds = v.object({
  x: Pixels,
  y: Pixels,
  width: Size,
  height: Size,
  maximized: v.boolean(),
});
export type WindowBounds = v.InferOutput<typeof WindowBounds>;

export const Preferences = v.object({
  windowBounds: v.nullable(WindowBounds),
  /** The folder the desktop app's save and open dialogs last used, where the next one opens. */
  lastFolder: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(4096)))),
});
export type Preferences = v.InferOutput<typeof Preferences>;

/**
 * What a preferences file may hold: any subset of the keys, since a key added in a later version is
 * missing from an older file and takes its default. Only a present key with a bad value is a problem.
 */
export const StoredPreferences = v.partial(Preferences);

export const DEFAULT_PREFERENCES: Preferences = {
  windowBounds: null,
};

/**
 * The user's settings (Settings view; read and written through `settings.get` / `settings.set`).
 * Every field has a default, so an empty or older file parses to a complete object, and every
 * message names its field in words the Settings form can show as they are.
 */

const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

function clockTime(label: string) {
  return v.pipe(
    v.string(`${label} must be a time like 09:00.`),
    v.regex(CLOCK_TIME, `${label} must be a time like 09:00 (24-hour, HH:mm).`),
  );
}

/** Quiet hours may cross midnight (20:00–08:00); the same start and end means no quiet hours. */
const QuietHours = v.strictObject(
  { start: clockTime('Quiet hours start'), end: clockTime('Quiet hours end') },
  'Quiet hours need a start and an end time.',
);

const WORKDAY_MESSAGE = 'Workdays must be days of the week, 0 (Sunday) to 6 (Saturday).';
const Workdays = v.pipe(
  v.array(
    v.pipe(v.number(WORKDAY_MESSAGE), v.integer(WORKDAY_MESSAGE), v.minValue(0, WORKDAY_MESSAGE), v.maxValue(6, WORKDAY_MESSAGE)),
    'Workdays must be a list of days of the week.',
  ),
  v.minLength(1, 'Choose at least one workday.'),
  v.check((days) => new Set(days).size === days.length, 'Each workday can be chosen only once.'),
  v.transform((days) => [...days].sort((a, b) => a - b)),
);

const DefaultCadenceDays = wholeDays('Default cadence', 1, 365);
/** The most days a new person should go without time invested; null leaves it unset. */
const DefaultMaxDays = v.nullable(wholeDays('Default maximum', 1, 730));

/** An instant; any ISO offset is accepted and stored as UTC (`…Z`), like every other instant. */
export const PauseUntil = v.nullable(
  v.pipe(
    v.string('Pause until must be a date and time.'),
    v.isoTimestamp('Pause until must be a date and time, e.g. 2026-11-24T09:00:00Z.'),
    v.check((s) => isValid(parseISO(s.slice(0, 10))), 'Pause until must be a date and time that exists.'),
    v.transform((s) => new Date(s).toISOString()),
  ),
);

/** Idle minutes before Tend locks itself (issue 24); null: never on idle (sleep, screen lock and on demand still lock). */
export const LOCK_AFTER_MAX_MINUTES = 720;
const LockAfterMinutes = v.nullable(wholeNumber('Lock after', 1, LOCK_AFTER_MAX_MINUTES, { one: 'minute', many: 'minutes' }));

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
const ThemeField = v.picklist(THEMES, 'Choose system, light or dark.');

/** Sunday, Monday or Saturday, as date-fns numbers them. */
export const WEEK_STARTS = [0, 1, 6] as const;
const WeekStart = v.picklist(WEEK_STARTS, 'The week can start on Sunday (0), Monday (1) or Saturday (6).');

const MAX_AT_LEAST_CADENCE = 'The default maximum must be at least the default cadence.';

function maxAtLeastCadence(input: { defaultCadenceDays?: number; defaultMaxDays?: number | null }): boolean {
  const { defaultCadenceDays: cadence, defaultMaxDays: max } = input;
  return cadence === undefined || max === undefined || max === null || max >= cadence;
}

export { DEFAULT_SETTINGS };

/**
 * Stored settings: a missing key takes its default; an unknown key (from a newer Tend) is ignored
 * rather than refused, so the file still opens.
 */
export const Settings = v.pipe(
  v.object({
    digestTime: v.optional(clockTime('Digest time'), DEFAULT_SETTINGS.digestTime),
    reflectionTime: v.optional(clockTime('Reflection time'), DEFAULT_SETTINGS.reflectionTime),
    /** Off: no morning digest at all (its time is kept for when it is switched back on). */
    digestOn: v.optional(v.boolean('The morning digest must be on or off.'), DEFAULT_SETTINGS.digestOn),
    /** Off: no end-of-day reflection reminder. */
    reflectionOn: v.optional(v.boolean('The end-of-day reflection must be on or off.'), DEFAULT_SETTINGS.reflectionOn),
    quietHours: v.optional(QuietHours, () => ({ ...DEFAULT_SETTINGS.quietHours })),
    workdays: v.optional(Workdays, () => [...DEFAULT_SETTINGS.workdays]),
    defaultCadenceDays: v.optional(DefaultCadenceDays, DEFAULT_SETTINGS.defaultCadenceDays),
    defaultMaxDays: v.optional(DefaultMaxDays, DEFAULT_SETTINGS.defaultMaxDays),
    closeToTray: v.optional(v.boolean('Close to tray must be on or off.'), DEFAULT_SETTINGS.closeToTray),
    launchAtLogin: v.optional(v.boolean('Launch at login must be on or off.'), DEFAULT_SETTINGS.launchAtLogin),
    pauseUntil: v.optional(PauseUntil, DEFAULT_SETTINGS.pauseUntil),
    theme: v.optional(ThemeField, DEFAULT_SETTINGS.theme),
    weekStart: v.optional(WeekStart, DEFAULT_SETTINGS.weekStart),
    lockAfterMinutes: v.optional(LockAfterMinutes, DEFAULT_SETTINGS.lockAfterMinutes),
    /** The desktop app's global shortcut for quick capture; "" for none. */
    captureShortcut: v.optional(CaptureShortcut, DEFAULT_SETTINGS.captureShortcut),
  }, 'Settings must be an object of fields.'),
  v.forward(v.partialCheck([['defaultCadenceDays'], ['defaultMaxDays']], maxAtLeastCadence, MAX_AT_LEAST_CADENCE), ['defaultMaxDays']),
);
export type Settings = v.InferOutput<typeof Settings>;

/**
 * The input of `settings.set`: any subset of the fields, each validated as above; an unknown key is
 * refused with a message naming it (a typo must not be saved silently). The host merges the patch
 * into the current settings and parses the result with `Settings`, which checks fields against each
 * other (the maximum against a cadence that is not in the patch).
 */
export const SettingsPatch = v.pipe(
  v.strictObject(
    {
      digestTime: v.optional(clockTime('Digest time')),
      reflectionTime: v.optional(clockTime('Reflection time')),
      digestOn: v.optional(v.boolean('The morning digest must be on or off.')),
      reflectionOn: v.optional(v.boolean('The end-of-day reflection must be on or off.')),
      quietHours: v.optional(QuietHours),
      workdays: v.optional(Workdays),
      defaultCadenceDays: v.optional(DefaultCadenceDays),
      defaultMaxDays: v.optional(DefaultMaxDays),
      closeToTray: v.optional(v.boolean('Close to tray must be on or off.')),
      launchAtLogin: v.optional(v.boolean('Launch at login must be on or off.')),
      pauseUntil: v.optional(PauseUntil),
      theme: v.optional(ThemeField),
      weekStart: v.optional(WeekStart),
      lockAfterMinutes: v.optional(LockAfterMinutes),
      captureShortcut: v.optional(CaptureShortcut),
    },
    (issue) =>
      issue.expected === 'never' ? `"${String(issue.input)}" is not a setting Tend knows.` : 'Settings must be an object of fields.',
  ),
  v.forward(v.partialCheck([['defaultCadenceDays'], ['defaultMaxDays']], maxAtLeastCadence, MAX_AT_LEAST_CADENCE), ['defaultMaxDays']),
);
export type SettingsPatch = v.InferOutput<typeof SettingsPatch>;

export const settingsMethods = {
  /** The settings in effect: the stored ones with every missing field at its default. */
  'settings.get': { input: v.optional(v.strictObject({}), {}), touches: [] },
  /** Merges the given fields into the current settings; nothing is written if any field is wrong. */
  'settings.set': { input: SettingsPatch, touches: ['settings'] },
} as const satisfies MethodTable;

export interface SettingsResults {
  'settings.get': Settings;
  'settings.set': Settings;
}
