import Store from 'electron-store';
import { openPreferences, preferencesFile, PREFERENCES_FILE_MODE, PREFERENCES_NAME } from '../../../src/core/preferences/open-preferences';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../src/shared/settings';

export type PreferencesStore = Store<Preferences>;

/** electron-store in the data folder, opened through the move-aside check. */
export function openAppPreferences(dataDir: string): PreferencesStore {
  return openPreferences({
    file: preferencesFile(dataDir),
    createStore: () => new Store<Preferences>({ cwd: dataDir, name: PREFERENCES_NAME, defaults: DEFAULT_PREFERENCES, configFileMode: PREFERENCES_FILE_MODE }),
  }).store;
}
