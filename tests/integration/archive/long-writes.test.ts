import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IMPORT_CHUNK_ROWS } from '../../../src/core/archive/json-import';
import { RESTORE_STEPS } from '../../../src/core/backup/restore';
import type { Tend } from '../../../src/core/tend';
import { ROSTER_CHUNK_ROWS } from '../../../src/shared/archive';
import type { TaskProgress } from '../../../src/shared/tasks';
import { dumpDatabase } from '../../fixtures/db-dump';
import { testEncryption } from '../../fixtures/encryption';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';
import { sampleTeam } from '../../fixtures/sample-team';

/**
 * Import (archive and roster) and restore, watched and cancelled the way a host does it: the call
 * carries a taskId, progress arrives as `task.progress`, and `tasks.cancel` comes in as a separate
 * call while the work runs. Every data folder is encrypted, so the side connection an import writes
 * on and the restore's staged copy are too.
 */

const taskIdFor = (n: number) => `7d2f0e1a-0000-4000-8000-${String(n).padStart(12, '0')}`;
const roster = (rows: number, from = 1) => ['Name,Team', ...Array.from({ length: rows }, (_, i) => `Person ${from + i},Team ${i % 12}`)].join('\n');

/** Every file in the data folder (backups, exports, staged copies), by its path inside it. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

async function encryptedTend() {
  const encryption = await testEncryption();
  const opened = await openTestTend({ encryption });
  return { ...opened, dump: () => dumpDatabase(opened.tend.databaseFile, encryption.key) };
}

/** A 10× team's worth of records: 1,600 people from a roster and the sample team's every kind of record. */
async function bigArchive(): Promise<{ text: string; rows: number; people: number }> {
  const { tend } = await encryptedTend();
  await sampleTeam(tend);
  expectOk(await tend.dispatch('roster.import', { csv: roster(1_600) }));
  const { path } = expectOk(await tend.dispatch('archive.export', { format: 'json' }));
  const text = readFileSync(path, 'utf8');
  const { tables } = JSON.parse(text) as { tables: Record<string, unknown[]> };
  const rows = Object.values(tables).reduce((sum, table) => sum + table.length, 0);
  return { text, rows, people: tables.people?.length ?? 0 };
}

/**
 * Runs a watched call; `onReport(progress, n)` sees each report (n from 1) and may return what to do
 * meanwhile, as another call would: cancel, or try a write and a read.
 */
async function watched<T>(tend: Tend, taskId: string, start: () => Promise<T>, onReport: (progress: TaskProgress, n: number) => void = () => {}) {
  const reports: TaskProgress[] = [];
  const stop = tend.onTaskProgress((progress) => {
    if (progress.taskId !== taskId) return;
    reports.push(progress);
    onReport(progress, reports.length);
  });
  try {
    return { result: await start(), reports };
  } finally {
    stop();
  }
}

/** Cancels from outside the task: the call arrives on the event loop, as the host's request would. */
const cancelSoon = (tend: Tend, taskId: string) => setImmediate(() => void tend.dispatch('tasks.cancel', { taskId }));

describe('long writes: progress and cancel', () => {
  test('a replace import of a 10× archive reports counts up to the total (removed + written) and lands whole; meanwhile writes answer busy and reads see the data before it', async () => {
    const archive = await bigArchive();
    const { tend } = await encryptedTend();
    await sampleTeam(tend, 3);
    const preview = expectOk(await tend.dispatch('archive.previewImport', { source: { text: archive.text } }));
    const here = Object.values(preview.tables).reduce((sum, t) => sum + t.here, 0);
    const peopleBefore = expectOk(await tend.dispatch('people.list', { includeArchived: true })).length;
    const during: { write?: string; readPeople?: number } = {};
    const taskId = taskIdFor(1);
    const { result, reports } = await watched(
      tend,
      taskId,
      () => tend.dispatch('archive.import', { source: { text: archive.text }, mode: 'replace', confirmRemoved: preview.removedByReplace, taskId }),
      (_progress, n) => {
        if (n !== 2) return;
        setImmediate(async () => {
          const write = await tend.dispatch('people.save', { name: 'Typed During Import' });
          during.write = write.ok ? 'ok' : `${write.error.code}: ${write.error.message}`;
          during.readPeople = expectOk(await tend.dispatch('people.list', { includeArchived: true })).length;
        });
      },
    );
    const outcome = expectOk(result);
    expect(outcome.inserted).toBe(archive.rows);
    const total = here + archive.rows;
    expect(new Set(reports.map((r) => r.total))).toEqual(new Set([total]));
    expect(reports.at(-1)?.done).toBe(total);
    for (const [i, report] of reports.entries()) if (i > 0) expect(report.done).toBeGreaterThan(reports[i - 1]!.done);
    // Paused at least every IMPORT_CHUNK_ROWS records, so a cancel is never far off.
    expect(reports.length).toBeGreaterThanOrEqual(Math.ceil(archive.rows / IMPORT_CHUNK_ROWS));
    expect(during).toEqual({ write: 'busy: Tend is busy with an import; try again when it has finished.', readPeople: peopleBefore });
    expect(expectOk(await tend.dispatch('people.list', { includeArchived: true }))).toHaveLength(archive.people);
  }, 120_000);

  test('an import cancelled at its first, a middle or its last report leaves the database exactly as it was and no file behind (merge and replace)', async () => {
    const archive = await bigArchive();
    const { tend, dataDir, dump } = await encryptedTend();
    // Records of its own, none the archive's sample team would clash with in a merge (its reminder keys).
    expectOk(await tend.dispatch('roster.import', { csv: roster(3, 5_000) }));
    const removing = expectOk(await tend.dispatch('archive.previewImport', { source: { text: archive.text } })).removedByReplace;
    const before = dump();
    const files = filesIn(dataDir);
    // How many reports a whole import makes, to pick where to cancel: counted by a merge rolled back at its end.
    const merged = await watched(
      tend,
      taskIdFor(10),
      () => tend.dispatch('archive.import', { source: { text: archive.text }, mode: 'merge', taskId: taskIdFor(10) }),
      (progress) => progress.done === progress.total && cancelSoon(tend, progress.taskId),
    );
    expect(expectError(merged.result)).toEqual({ code: 'conflict', message: 'The import was cancelled; nothing was changed.' });
    const last = merged.reports.length;
    expect(last).toBeGreaterThan(3);
    for (const mode of ['replace', 'merge'] as const) {
      for (const at of [1, Math.ceil(last / 2), last]) {
        const taskId = taskIdFor(100 + at);
        const { result } = await watched(
          tend,
          taskId,
          () => tend.dispatch('archive.import', { source: { text: archive.text }, mode, ...(mode === 'replace' ? { confirmRemoved: removing } : {}), taskId }),
          (_progress, n) => n === at && cancelSoon(tend, taskId),
        );
        expect(expectError(result).message, `${mode} cancelled at report ${at}`).toBe('The import was cancelled; nothing was changed.');
        expect(dump() === before, `${mode} cancelled at report ${at}`).toBe(true);
        expect(filesIn(dataDir), `${mode} cancelled at report ${at}`).toEqual(files);
      }
    }
    // Cancelling an id that is no longer running says so; the data folder still takes writes.
    expect(expectOk(await tend.dispatch('tasks.cancel', { taskId: taskIdFor(10) }))).toEqual({ cancelled: false });
    expectOk(await tend.dispatch('people.save', { name: 'After The Cancels' }));
  }, 180_000);

  test(`a roster import reports every ${ROSTER_CHUNK_ROWS} rows; cancelled part-way it writes no one and leaves no backup`, async () => {
    const { tend, dataDir, dump } = await encryptedTend();
    await sampleTeam(tend, 3);
    const before = dump();
    const files = filesIn(dataDir);
    const taskId = taskIdFor(200);
    const cancelled = await watched(tend, taskId, () => tend.dispatch('roster.import', { csv: roster(2_000), taskId }), (_p, n) => n === 2 && cancelSoon(tend, taskId));
    expect(expectError(cancelled.result).message).toBe('The import was cancelled; nothing was changed.');
    expect(cancelled.reports.map((r) => r.done)).toEqual([500, 1_000]);
    expect(dump() === before).toBe(true);
    expect(filesIn(dataDir)).toEqual(files);

    const whole = await watched(tend, taskId, () => tend.dispatch('roster.import', { csv: roster(2_000), taskId }));
    expect(expectOk(whole.result).created).toHaveLength(2_000);
    expect(whole.reports.map((r) => `${r.done}/${r.total}`)).toEqual(['500/2000', '1000/2000', '1500/2000', '2000/2000']);
  }, 120_000);

  test('a restore reports its steps; cancelled at any step before the swap it leaves the database as it was and no file behind', async () => {
    const { tend, dataDir, dump } = await encryptedTend();
    await sampleTeam(tend, 3);
    const backup = expectOk(await tend.dispatch('backup.create'));
    expectOk(await tend.dispatch('people.save', { name: 'After The Backup' }));
    const before = dump();
    const files = filesIn(dataDir);
    const taskId = taskIdFor(300);
    for (let at = 1; at <= RESTORE_STEPS.length; at++) {
      const { result, reports } = await watched(tend, taskId, () => tend.dispatch('backup.restore', { file: backup.file, taskId }), (_p, n) => n === at && cancelSoon(tend, taskId));
      expect(expectError(result).message, `cancelled at step ${at}`).toBe('The restore was cancelled; nothing was changed.');
      expect(reports.map((r) => r.step)).toEqual(RESTORE_STEPS.slice(0, at));
      expect(dump() === before, `cancelled at step ${at}`).toBe(true);
      expect(filesIn(dataDir), `cancelled at step ${at}`).toEqual(files);
    }
    const { result, reports } = await watched(tend, taskId, () => tend.dispatch('backup.restore', { file: backup.file, taskId }));
    expectOk(result);
    expect(reports.map((r) => `${r.done}/${r.total}`)).toEqual(['0/5', '1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(expectOk(await tend.dispatch('people.list')).map((p) => p.name)).not.toContain('After The Backup');
  }, 120_000);
});
