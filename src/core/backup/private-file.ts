import { chmodSync } from 'node:fs';

/**
 * Backups and exports hold every private note: readable by the user only. One small function so
 * the input-hygiene work's `ensurePrivateFile` can replace it in one place.
 */
export function makePrivate(file: string): void {
  chmodSync(file, 0o600);
}
