import { chmodSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../db/database';
import type { Clock } from '../clock';

export type BackupReason = 'pre-migration' | 'daily' | 'manual';

/** Backups hold every private note, so the folder is readable by the user only. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

function stamp(clock: Clock): string {
  return clock().toISOString().replace(/[:.]/g, '-');
}

/** Writes a consistent snapshot with SQLite's backup API and returns its path. */
export async function createBackup(
  db: Database,
  dir: string,
  reason: BackupReason,
  clock: Clock,
  label = '',
): Promise<string> {
  ensurePrivateDir(dir);
  const file = join(dir, `tend-${reason}${label ? `-${label}` : ''}-${stamp(clock)}.sqlite`);
  await db.backupTo(file);
  chmodSync(file, 0o600);
  return file;
}

/** The instant stamp that ends every backup name (see `stamp`); it sorts as time does. */
const STAMP_AT_END = /(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.sqlite$/;

/** Keeps the newest `keep` backups of one reason and deletes older ones. */
export function pruneBackups(dir: string, reason: BackupReason, keep: number): string[] {
  const prefix = `tend-${reason}-`;
  // Order by the stamp, not the whole name: a label sits before it, and 'v10' sorts before 'v9'.
  const byTime = (f: string) => `${STAMP_AT_END.exec(f)?.[1]} ${f}`;
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && STAMP_AT_END.test(f))
    .sort((a, b) => (byTime(a) < byTime(b) ? -1 : byTime(a) > byTime(b) ? 1 : 0));
  const doomed = files.slice(0, Math.max(0, files.length - keep));
  for (const f of doomed) rmSync(join(dir, f), { force: true });
  return doomed;
}
