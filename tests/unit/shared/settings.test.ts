import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../../src/core/dispatch';
import { DEFAULT_PREFERENCES, DEFAULT_SETTINGS, Preferences, Settings, SettingsPatch, StoredPreferences } from '../../../src/shared/settings';

function firstIssue(schema: typeof Settings | typeof SettingsPatch, input: unknown) {
  const result = v.safeParse(schema, input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return result.issues[0];
}

/** The field the form highlights and the schema's own sentence for it. */
function firstError(schema: typeof Settings | typeof SettingsPatch, input: unknown) {
  const issue = firstIssue(schema, input);
  const field = issue.path?.map((item) => String(item.key)).join('.');
  return field ? { field, message: issue.message } : { message: issue.message };
}

describe('Settings', () => {
  it('fills every field with its default from an empty (or older) file', () => {
    expect(v.parse(Settings, {})).toEqual({
      digestTime: '09:00',
      reflectionTime: '17:30',
      digestOn: true,
      reflectionOn: true,
      quietHours: { start: '20:00', end: '08:00' },
      workdays: [1, 2, 3, 4, 5],
      defaultCadenceDays: 7,
      defaultMaxDays: null,
      closeToTray: true,
      launchAtLogin: false,
      pauseUntil: null,
      theme: 'system',
      weekStart: 1,
      lockAfterMinutes: 15,
      captureShortcut: 'CommandOrControl+Shift+Space',
    });
    expect(v.parse(Settings, {})).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    [null, null],
    [1, null],
    [720, null],
    [0, 'Lock after must be at least 1 minute.'],
    [721, 'Lock after must be at most 720 minutes.'],
    [1.5, 'Lock after must be a whole number of minutes.'],
    ['15', 'Lock after must be a number of minutes.'],
  ])('lock after %j minutes (null: never on idle) → %s', (minutes, message) => {
    const parsed = v.safeParse(SettingsPatch, { lockAfterMinutes: minutes });
    expect(parsed.success ? null : parsed.issues[0].message).toBe(message);
  });

  it('gives each parse its own default arrays, so editing one never changes the defaults', () => {
    const first = v.parse(Settings, {});
    first.workdays.push(6);
    first.quietHours.start = '21:00';
    expect(v.parse(Settings, {}).workdays).toEqual([1, 2, 3, 4, 5]);
    expect(v.parse(Settings, {}).quietHours.start).toBe('20:00');
  });

  it('ignores a key written by a newer Tend instead of refusing the file', () => {
    expect(v.parse(Settings, { digestTime: '08:15', futureThing: true })).toEqual({ ...DEFAULT_SETTINGS, digestTime: '08:15' });
  });

  it('keeps the same values it is given, normalising workdays and the pause instant', () => {
    const parsed = v.parse(Settings, {
      digestTime: '07:45',
      reflectionTime: '18:00',
      quietHours: { start: '22:00', end: '06:30' },
      workdays: [5, 1, 3],
      defaultCadenceDays: 14,
      defaultMaxDays: 21,
      closeToTray: false,
      launchAtLogin: true,
      pauseUntil: '2026-11-24T09:00:00-05:00',
      theme: 'dark',
      weekStart: 0,
    });
    expect(parsed).toMatchObject({ workdays: [1, 3, 5], pauseUntil: '2026-11-24T14:00:00.000Z', defaultMaxDays: 21 });
  });

  it.each([
    [{ digestTime: '9:00' }, 'digestTime', 'Digest time must be a time like 09:00 (24-hour, HH:mm).'],
    [{ digestTime: '24:00' }, 'digestTime', 'Digest time must be a time like 09:00 (24-hour, HH:mm).'],
    [{ reflectionTime: 1730 }, 'reflectionTime', 'Reflection time must be a time like 09:00.'],
    [{ quietHours: { start: '20:00' } }, 'quietHours.end', 'Quiet hours need a start and an end time.'],
    [{ quietHours: { start: '20:60', end: '08:00' } }, 'quietHours.start', 'Quiet hours start must be a time like 09:00 (24-hour, HH:mm).'],
    [{ workdays: [] }, 'workdays', 'Choose at least one workday.'],
    [{ workdays: [1, 7] }, 'workdays.1', 'Workdays must be days of the week, 0 (Sunday) to 6 (Saturday).'],
    [{ workdays: [1, 1] }, 'workdays', 'Each workday can be chosen only once.'],
    [{ workdays: 'weekdays' }, 'workdays', 'Workdays must be a list of days of the week.'],
    [{ defaultCadenceDays: 0 }, 'defaultCadenceDays', 'Default cadence must be at least 1 day.'],
    [{ defaultCadenceDays: 366 }, 'defaultCadenceDays', 'Default cadence must be at most 365 days.'],
    [{ defaultCadenceDays: 14, defaultMaxDays: 10 }, 'defaultMaxDays', 'The default maximum must be at least the default cadence.'],
    [{ defaultMaxDays: 3 }, 'defaultMaxDays', 'The default maximum must be at least the default cadence.'],
    [{ closeToTray: 'yes' }, 'closeToTray', 'Close to tray must be on or off.'],
    [{ launchAtLogin: 1 }, 'launchAtLogin', 'Launch at login must be on or off.'],
    [{ pauseUntil: 'tomorrow' }, 'pauseUntil', 'Pause until must be a date and time, e.g. 2026-11-24T09:00:00Z.'],
    [{ pauseUntil: '2026-02-30T09:00:00Z' }, 'pauseUntil', 'Pause until must be a date and time that exists.'],
    [{ theme: 'blue' }, 'theme', 'Choose system, light or dark.'],
    [{ weekStart: 2 }, 'weekStart', 'The week can start on Sunday (0), Monday (1) or Saturday (6).'],
  ])('refuses %j, naming %s', (input, field, message) => {
    expect(firstError(Settings, input)).toEqual({ field, message });
  });

  it('accepts a maximum equal to the cadence, and no maximum at all', () => {
    expect(v.parse(Settings, { defaultCadenceDays: 14, defaultMaxDays: 14 }).defaultMaxDays).toBe(14);
    expect(v.parse(Settings, { defaultCadenceDays: 14, defaultMaxDays: null }).defaultMaxDays).toBeNull();
  });
});

describe('SettingsPatch (the input of settings.set)', () => {
  it('takes any subset of the fields and adds no defaults', () => {
    expect(v.parse(SettingsPatch, { theme: 'light' })).toEqual({ theme: 'light' });
    expect(v.parse(SettingsPatch, {})).toEqual({});
    expect(v.parse(SettingsPatch, { pauseUntil: null, workdays: [6, 0] })).toEqual({ pauseUntil: null, workdays: [0, 6] });
  });

  it.each([
    [{ digestTme: '09:00' }, 'digestTme', '"digestTme" is not a setting Tend knows.'],
    [{ theme: 'dark', windowBounds: null }, 'windowBounds', '"windowBounds" is not a setting Tend knows.'],
    [{ quietHours: { start: '20:00', end: '08:00', days: [] } }, 'quietHours.days', 'Quiet hours need a start and an end time.'],
    [{ digestTime: '0900' }, 'digestTime', 'Digest time must be a time like 09:00 (24-hour, HH:mm).'],
    [{ defaultCadenceDays: 10, defaultMaxDays: 5 }, 'defaultMaxDays', 'The default maximum must be at least the default cadence.'],
  ])('refuses %j, naming %s', (input, field, message) => {
    expect(firstError(SettingsPatch, input)).toEqual({ field, message });
  });

  it('reaches the user through the dispatcher naming the unknown key', () => {
    expect(describeIssue(firstIssue(SettingsPatch, { digestTme: '09:00' }))).toEqual({
      field: 'digestTme',
      message: '"digestTme" is not a field this call accepts.',
    });
  });

  it('refuses a patch that is not an object', () => {
    expect(firstError(SettingsPatch, 'dark').message).toBe('Settings must be an object of fields.');
  });

  it('checks a merged patch against the current settings (a maximum below a cadence not in the patch)', () => {
    const current = v.parse(Settings, { defaultCadenceDays: 14 });
    const patch = v.parse(SettingsPatch, { defaultMaxDays: 10 });
    expect(firstError(Settings, { ...current, ...patch }).field).toBe('defaultMaxDays');
  });
});

describe('Preferences (window bounds) keep working beside the settings', () => {
  it('parses stored window bounds as before', () => {
    const bounds = { x: 10, y: 20, width: 800, height: 600, maximized: false };
    expect(v.parse(Preferences, { windowBounds: bounds })).toEqual({ windowBounds: bounds });
    expect(v.parse(StoredPreferences, {})).toEqual({});
    expect(DEFAULT_PREFERENCES).toEqual({ windowBounds: null });
  });
});
