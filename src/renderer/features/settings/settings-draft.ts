import type { MethodInput } from '../../../shared/contract';
import type { Settings, Theme } from '../../../shared/settings';
import { numberFrom } from '../../ui/forms/form-values';

/**
 * The Settings form as plain data. Fields hold what was typed, so a refused value stays on screen
 * beside its message; the contract decides what is valid. Each setting saves on its own, with the
 * fields checked against each other saved together (cadence with maximum, quiet hours' two ends).
 */

export interface SettingsDraft {
  theme: Theme;
  weekStart: string;
  defaultCadenceDays: string;
  defaultMaxDays: string;
  digestTime: string;
  reflectionTime: string;
  digestOn: boolean;
  reflectionOn: boolean;
  quietStart: string;
  quietEnd: string;
  workdays: number[];
  closeToTray: boolean;
  launchAtLogin: boolean;
  captureShortcut: string;
}

/** What saves as one: a change to any field of a group sends the whole group. */
export type SettingGroup =
  | 'theme'
  | 'weekStart'
  | 'newPeople'
  | 'digestTime'
  | 'reflectionTime'
  | 'digestOn'
  | 'reflectionOn'
  | 'quietHours'
  | 'workdays'
  | 'closeToTray'
  | 'launchAtLogin'
  | 'captureShortcut';

/** The fields the contract names in its errors (`field`), which is where each message is shown. */
export type SettingsField =
  | 'theme'
  | 'weekStart'
  | 'defaultCadenceDays'
  | 'defaultMaxDays'
  | 'digestTime'
  | 'reflectionTime'
  | 'digestOn'
  | 'reflectionOn'
  | 'quietHours.start'
  | 'quietHours.end'
  | 'workdays'
  | 'closeToTray'
  | 'launchAtLogin'
  | 'captureShortcut'
  | 'pauseUntil';

export const GROUP_FIELDS: Record<SettingGroup, readonly SettingsField[]> = {
  theme: ['theme'],
  weekStart: ['weekStart'],
  newPeople: ['defaultCadenceDays', 'defaultMaxDays'],
  digestTime: ['digestTime'],
  reflectionTime: ['reflectionTime'],
  digestOn: ['digestOn'],
  reflectionOn: ['reflectionOn'],
  quietHours: ['quietHours.start', 'quietHours.end'],
  workdays: ['workdays'],
  closeToTray: ['closeToTray'],
  launchAtLogin: ['launchAtLogin'],
  captureShortcut: ['captureShortcut'],
};

export function draftFrom(settings: Settings): SettingsDraft {
  return {
    theme: settings.theme,
    weekStart: String(settings.weekStart),
    defaultCadenceDays: String(settings.defaultCadenceDays),
    defaultMaxDays: settings.defaultMaxDays === null ? '' : String(settings.defaultMaxDays),
    digestTime: settings.digestTime,
    reflectionTime: settings.reflectionTime,
    digestOn: settings.digestOn,
    reflectionOn: settings.reflectionOn,
    quietStart: settings.quietHours.start,
    quietEnd: settings.quietHours.end,
    workdays: [...settings.workdays],
    closeToTray: settings.closeToTray,
    launchAtLogin: settings.launchAtLogin,
    captureShortcut: settings.captureShortcut,
  };
}

/** The group's fields of the draft, taken from a fresh `settings` (after a save). */
export function withGroupFrom(draft: SettingsDraft, group: SettingGroup, settings: Settings): SettingsDraft {
  const fresh = draftFrom(settings);
  switch (group) {
    case 'newPeople':
      return { ...draft, defaultCadenceDays: fresh.defaultCadenceDays, defaultMaxDays: fresh.defaultMaxDays };
    case 'quietHours':
      return { ...draft, quietStart: fresh.quietStart, quietEnd: fresh.quietEnd };
    default:
      return { ...draft, [group]: fresh[group] };
  }
}

/**
 * After a save: each field takes its stored form (`stored`) unless it changed since the save was
 * sent (`sent`), so a save finishing while the user types in the next field never wipes it.
 */
export function keepEdits(current: SettingsDraft, sent: SettingsDraft, stored: SettingsDraft): SettingsDraft {
  const next = { ...current };
  for (const key of Object.keys(current) as (keyof SettingsDraft)[]) {
    if (String(current[key]) === String(sent[key])) (next as Record<string, unknown>)[key] = stored[key];
  }
  return next;
}

/**
 * The `settings.set` input for one group. A blank maximum means "none" (null); any other text
 * becomes a number or NaN, so the contract answers "must be a number of days" rather than Tend
 * guessing. A blank time goes as typed and the contract says what a time looks like.
 */
export function patchFor(group: SettingGroup, draft: SettingsDraft): MethodInput<'settings.set'> {
  switch (group) {
    case 'theme':
      return { theme: draft.theme };
    case 'weekStart':
      return { weekStart: Number(draft.weekStart) as Settings['weekStart'] };
    case 'newPeople':
      return {
        defaultCadenceDays: numberFrom(draft.defaultCadenceDays),
        defaultMaxDays: draft.defaultMaxDays.trim() === '' ? null : numberFrom(draft.defaultMaxDays),
      };
    case 'digestTime':
      return { digestTime: draft.digestTime };
    case 'reflectionTime':
      return { reflectionTime: draft.reflectionTime };
    case 'digestOn':
      return { digestOn: draft.digestOn };
    case 'reflectionOn':
      return { reflectionOn: draft.reflectionOn };
    case 'quietHours':
      return { quietHours: { start: draft.quietStart, end: draft.quietEnd } };
    case 'workdays':
      return { workdays: [...draft.workdays] };
    case 'closeToTray':
      return { closeToTray: draft.closeToTray };
    case 'launchAtLogin':
      return { launchAtLogin: draft.launchAtLogin };
    case 'captureShortcut':
      return { captureShortcut: draft.captureShortcut };
  }
}

/** The weekdays in the order the user's week runs (0 = Sunday, as date-fns numbers them). */
export function weekdaysFrom(weekStart: number): number[] {
  return Array.from({ length: 7 }, (_, index) => (weekStart + index) % 7);
}

