import type { AppInfo, appMethods } from '../../shared/app';
import type { HandlersOf } from '../compose-handlers';

export function appHandlers(info: AppInfo): HandlersOf<typeof appMethods> {
  return {
    'app.info': () => ({ ...info }),
  };
}
