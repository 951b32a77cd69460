import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_FILE_NAME } from '../../shared/backup';
import { log } from '../log';
import { sidecarOf } from './backups';

const logger = log('leftovers');

const STAMP = String.raw`\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z`;
/** A restore's staged copy (file-swap.ts; encrypt-existing.ts for an encrypted one), with the files SQLite keeps beside it. */
const STAGED_COPY = new RegExp(String.raw`^tend\.incoming-${STAMP}-(\d+)(?:-encrypted)?\.tmp(?:-wal|-shm|-journal)?$`);
/** An export being written under its temporary name (export-target.ts): a file, or the Markdown folder. */
const PARTIAL_EXPORT = new RegExp(String.raw`^\.tend-(?:json|markdown|ics)-${STAMP}(?:-\d+)?(?:\.json|\.ics)?\.partial-(\d+)$`);

/** A backup being written or encrypted under its temporary name (backups.ts, encrypt-existing.ts), with the files SQLite keeps beside it. */
const PARTIAL_BACKUP = /^\.(.+)\.partial-(\d+)(?:-journal|-wal|-shm)?$/;

/** Whether a process with this id is running (then its files are in use, not left over). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

/**
 * Removes what a Tend killed mid-operation leaves behind, at the next start: a restore's staged copy,
 * an export's temporary file or folder (in `exports/` only), a backup still under its temporary name,
 * and the rollback journal of a backup an older Tend was cut off writing under its final name, with
 * that unfinished backup (a finished one has its sidecar and no journal). Only these exact names, and only files of processes no longer running; never anything else.
 */
export function removeLeftovers(dirs: { dataDir: string; backupDir: string; exportDir: string }): string[] {
  const removed: string[] = [];
  const remove = (dir: string, name: string) => {
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(join(dir, name));
  };
  for (const name of filesIn(dirs.dataDir)) {
    const staged = STAGED_COPY.exec(name);
    if (staged && !isRunning(Number(staged[1]))) remove(dirs.dataDir, name);
  }
  for (const name of filesIn(dirs.exportDir)) {
    const partial = PARTIAL_EXPORT.exec(name);
    if (partial && !isRunning(Number(partial[1]))) remove(dirs.exportDir, name);
  }
  for (const name of filesIn(dirs.backupDir)) {
    const partial = PARTIAL_BACKUP.exec(name);
    if (partial && BACKUP_FILE_NAME.test(partial[1]!) && !isRunning(Number(partial[2]))) {
      remove(dirs.backupDir, name);
      continue;
    }
    if (!name.endsWith('-journal')) continue;
    const backup = name.slice(0, -'-journal'.length);
    if (!BACKUP_FILE_NAME.test(backup)) continue;
    remove(dirs.backupDir, name);
    if (!existsSync(sidecarOf(join(dirs.backupDir, backup))) && existsSync(join(dirs.backupDir, backup))) remove(dirs.backupDir, backup);
  }
  if (removed.length > 0) logger.info(`removed ${removed.length} file(s) left by an interrupted run: ${removed.join(', ')}`);
  return removed;
}
