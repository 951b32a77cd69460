import { describe, expect, test } from 'vitest';
import { backupsToPrune, DEFAULT_RETENTION, type DatedBackup, type RetentionPolicy } from '../../../../src/core/backup/retention';
import type { BackupReason } from '../../../../src/shared/backup';

const NOW = new Date('2026-11-23T17:00:00.000Z');

function backup(iso: string, reason: BackupReason = 'daily'): DatedBackup {
  return { file: `${reason}@${iso}`, takenAt: new Date(iso), reason };
}

const only = (policy: Partial<RetentionPolicy>): RetentionPolicy => ({ daily: 0, weekly: 0, monthly: 0, protectedDays: 30, ...policy });

describe('backupsToPrune', () => {
  test.each<[string, RetentionPolicy, DatedBackup[], string[]]>([
    [
      'daily: the newest of each of the last N days',
      only({ daily: 2 }),
      [backup('2026-11-23T12:00:00Z'), backup('2026-11-23T15:00:00Z'), backup('2026-11-22T12:00:00Z'), backup('2026-11-21T12:00:00Z')],
      ['daily@2026-11-23T12:00:00Z', 'daily@2026-11-21T12:00:00Z'],
    ],
    [
      'weekly: the newest of each ISO week (Monday to Sunday)',
      only({ daily: 1, weekly: 2 }),
      [backup('2026-11-23T12:00:00Z'), backup('2026-11-18T12:00:00Z'), backup('2026-11-16T12:00:00Z'), backup('2026-11-09T12:00:00Z')],
      ['daily@2026-11-16T12:00:00Z', 'daily@2026-11-09T12:00:00Z'],
    ],
    [
      'monthly: the newest of each calendar month',
      only({ monthly: 2 }),
      [backup('2026-11-01T12:00:00Z'), backup('2026-10-05T12:00:00Z'), backup('2026-09-20T12:00:00Z'), backup('2026-09-10T12:00:00Z')],
      ['daily@2026-09-20T12:00:00Z', 'daily@2026-09-10T12:00:00Z'],
    ],
    [
      'days are local: 01:00 UTC on the 23rd is still the 22nd in New York',
      only({ daily: 1 }),
      [backup('2026-11-23T01:00:00Z'), backup('2026-11-22T20:00:00Z')],
      ['daily@2026-11-22T20:00:00Z'],
    ],
    [
      'a manual, migration, import or restore backup is kept for 30 days whatever the buckets say; then it is pruned like any other',
      only({ daily: 1 }),
      [
        backup('2026-11-23T12:00:00Z'),
        backup('2026-11-03T12:00:00Z', 'pre-migration'),
        backup('2026-11-02T12:00:00Z', 'pre-import'),
        backup('2026-10-30T12:00:00Z', 'pre-restore'),
        backup('2026-10-20T12:00:00Z', 'pre-restore'),
        backup('2026-11-10T12:00:00Z', 'manual'),
        backup('2026-10-10T12:00:00Z', 'manual'),
        backup('2026-11-12T12:00:00Z', 'daily'),
      ],
      ['daily@2026-11-12T12:00:00Z', 'pre-restore@2026-10-20T12:00:00Z', 'manual@2026-10-10T12:00:00Z'],
    ],
    ['nothing to prune in an empty folder', DEFAULT_RETENTION, [], []],
    [
      'fewer backups than slots: all kept',
      DEFAULT_RETENTION,
      [backup('2026-11-23T12:00:00Z'), backup('2026-11-20T12:00:00Z', 'manual'), backup('2026-08-01T12:00:00Z')],
      [],
    ],
  ])('%s', (_, policy, backups, pruned) => {
    expect(backupsToPrune(backups, NOW, policy)).toEqual(pruned);
  });

  test('a year of daily backups under the default policy keeps 7 days, 4 weeks and 6 months', () => {
    const year = Array.from({ length: 365 }, (_, i) => backup(new Date(NOW.getTime() - i * 86_400_000 - 3_600_000).toISOString()));
    const pruned = new Set(backupsToPrune(year, NOW));
    const kept = year.filter((b) => !pruned.has(b.file)).map((b) => b.takenAt.toISOString().slice(0, 10));
    // Days: 17–23 Nov. Weeks (Monday starts one): 23 and 22 Nov are already kept, then each week's Sunday, 15 and 8 Nov.
    // Months: 23 Nov already kept, then the last day of Oct, Sep, Aug, Jul and Jun.
    expect(kept).toEqual([
      '2026-11-23', '2026-11-22', '2026-11-21', '2026-11-20', '2026-11-19', '2026-11-18', '2026-11-17',
      '2026-11-15', '2026-11-08',
      '2026-10-31', '2026-09-30', '2026-08-31', '2026-07-31', '2026-06-30',
    ]);
  });
});
