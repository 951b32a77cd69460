import Conf from 'conf';
import { openPreferences, PREFERENCES_FILE_MODE } from '../preferences/open-preferences';
import { Settings } from '../../shared/settings';
import type { SettingsStore } from './settings-service';
import { join } from 'node:path';

/** `settings.json` in the data folder, beside the window preferences in `config.json`. */
export const SETTINGS_NAME = 'settings';

export function settingsFile(dataDir: string): string {
  return join(dataDir, `${SETTINGS_NAME}.json`);
}

/** Anything with conf's whole-object accessor: conf itself, or electron-store (which extends it). */
export interface WholeObjectStore {
  store: Record<string, unknown>;
}

export function wholeObjectStore(store: WholeObjectStore): SettingsStore {
  return {
    read: () => store.store,
    write: (value) => {
      store.store = { ...value };
    },
  };
}

/**
 * Opens the settings file through the move-aside check: a file that does not parse or holds a bad
 * value is renamed `settings.corrupt-<stamp>.json` with its bytes intact, and Tend starts from defaults.
 */
export function openSettingsFile<S extends WholeObjectStore>(
  dataDir: string,
  createStore: () => S,
  now?: () => Date,
): { store: SettingsStore; movedAside: string | null } {
  const opened = openPreferences({ file: settingsFile(dataDir), createStore, schema: Settings, ...(now ? { now } : {}) });
  return { store: wholeObjectStore(opened.store), movedAside: opened.movedAside };
}

/** The web host's and tests' settings: `conf`, which works in plain Node. */
export function openConfSettings(dataDir: string, now?: () => Date) {
  return openSettingsFile(dataDir, () => new Conf<Record<string, unknown>>({ cwd: dataDir, configName: SETTINGS_NAME, configFileMode: PREFERENCES_FILE_MODE }), now);
}
