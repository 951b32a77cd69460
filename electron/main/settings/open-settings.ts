import Store from 'electron-store';
import { openSettingsFile, SETTINGS_NAME } from '../../../src/core/settings/conf-settings-store';
import { PREFERENCES_FILE_MODE } from '../../../src/core/preferences/open-preferences';
import type { SettingsStore } from '../../../src/core/settings/settings-service';

/**
 * The user's settings in Electron: electron-store on `settings.json` in the data folder, validated by
 * the same valibot schema the web host's conf store uses (in the core's settings service). An
 * unreadable file is moved aside as `settings.corrupt-<stamp>.json`, never wiped.
 */
export function openElectronSettings(dataDir: string): SettingsStore {
  return openSettingsFile(dataDir, () => new Store<Record<string, unknown>>({ cwd: dataDir, name: SETTINGS_NAME, configFileMode: PREFERENCES_FILE_MODE })).store;
}
