import type { AppInfo } from '../../../shared/app';
import { call } from '../../app/api';

/** The version and data folder shown on Settings. */
export function loadAppInfo(): Promise<AppInfo> {
  return call('app.info');
}
