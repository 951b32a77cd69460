import { TendError } from '../errors';
import type { DataFolder } from './data-folder';

/**
 * Backups, restores and imports each write whole files in the data folder (a backup named for the
 * moment it is taken, a staged copy, a pre-import backup): two at once could name the same file or
 * swap the database under each other. One runs at a time per data folder; a second one asked for
 * meanwhile answers `busy` at once rather than queueing behind work the user did not see start.
 */
const running = new WeakMap<DataFolder, string>();

export const BUSY_MESSAGE = (what: string) => `Tend is busy with ${what}; try again when it has finished.`;

export async function exclusively<T>(folder: DataFolder, what: string, work: () => Promise<T> | T): Promise<T> {
  const current = running.get(folder);
  if (current !== undefined) throw new TendError('busy', BUSY_MESSAGE(current));
  running.set(folder, what);
  try {
    return await work();
  } finally {
    running.delete(folder);
  }
}
