import { join } from 'node:path';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import type { LiveDatabase } from './live-database';
import { BACKUP_DIR } from './integrity';
import type { RetentionPolicy } from './retention';

/** What the backup and archive features need from the running Tend: where things are, and the live connection. */
export interface DataFolder {
  dataDir: string;
  databaseFile: string;
  backupDir: string;
  /** Where exports go when no destination is given (offered by the web host as downloads). */
  exportDir: string;
  clock: Clock;
  appVersion: string;
  retention?: RetentionPolicy;
  live: LiveDatabase<unknown>;
  /** Opens the database file as the writer connection (the same checks and pragmas as start-up). */
  openWriter(): Database;
}

export const EXPORT_DIR = 'exports';

export function folderPaths(dataDir: string) {
  return { backupDir: join(dataDir, BACKUP_DIR), exportDir: join(dataDir, EXPORT_DIR) };
}
