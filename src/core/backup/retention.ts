import { format, startOfISOWeek } from 'date-fns';
import type { BackupReason } from '../../shared/backup';

/** How many backups to keep: the newest of each of the last N days, weeks and months. */
export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
  /** Backups taken by hand, or before a migration, import or restore, are kept at least this many days. */
  protectedDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 6, protectedDays: 30 };

/**
 * The reasons whose backup is the way back from something the app did to the data, or one the user
 * asked for ("Back up now" must not quietly delete the one taken an hour before).
 */
const PROTECTED: ReadonlySet<BackupReason> = new Set(['manual', 'pre-migration', 'pre-import', 'pre-restore']);

export interface DatedBackup {
  file: string;
  takenAt: Date;
  reason: BackupReason;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Keeps the newest backup in each of the first `count` distinct buckets, newest buckets first. */
function newestPerBucket(newestFirst: readonly DatedBackup[], bucketOf: (d: Date) => string, count: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const backup of newestFirst) {
    if (seen.size >= count) break;
    const bucket = bucketOf(backup.takenAt);
    if (seen.has(bucket)) continue;
    seen.add(bucket);
    kept.push(backup.file);
  }
  return kept;
}

/**
 * Which backups to delete: everything not kept by the daily, weekly or monthly buckets (in the
 * user's local calendar), except backups taken by hand or by a migration, import or restore within
 * `protectedDays`. Pure: the caller reads the folder and deletes.
 */
export function backupsToPrune(backups: readonly DatedBackup[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): string[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.file.localeCompare(a.file));
  const keep = new Set([
    ...newestPerBucket(newestFirst, (d) => format(d, 'yyyy-MM-dd'), policy.daily),
    ...newestPerBucket(newestFirst, (d) => format(startOfISOWeek(d), 'yyyy-MM-dd'), policy.weekly),
    ...newestPerBucket(newestFirst, (d) => format(d, 'yyyy-MM'), policy.monthly),
  ]);
  const protectedSince = now.getTime() - policy.protectedDays * DAY_MS;
  for (const backup of newestFirst) {
    if (PROTECTED.has(backup.reason) && backup.takenAt.getTime() >= protectedSince) keep.add(backup.file);
  }
  return newestFirst.filter((b) => !keep.has(b.file)).map((b) => b.file);
}
