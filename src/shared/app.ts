import * as v from 'valibot';
import type { MethodTable } from './method-table';

/** What the running app is: shown in Settings and used by the hosts' health checks. */

export interface AppInfo {
  name: string;
  version: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
  host: 'electron' | 'web';
}

export const appMethods = {
  /** Version, data folder and schema version of the running app. */
  'app.info': { input: v.optional(v.strictObject({}), {}), touches: [] },
} as const satisfies MethodTable;

export interface AppResults {
  'app.info': AppInfo;
}
