import type { settingsMethods } from '../../shared/settings';
import type { HandlersOf } from '../compose-handlers';
import type { SettingsService } from './settings-service';

export function settingsHandlers(settings: SettingsService): HandlersOf<typeof settingsMethods> {
  return {
    'settings.get': () => settings.get(),
    'settings.set': (patch) => settings.set(patch),
  };
}
