import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { DISK_FULL_MESSAGE } from '../../../src/core/errors';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';

/** A small tmpfs of its own (needs root and mount); null where the machine does not allow it. */
function smallDisk(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'tend-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m,mode=0700', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  afterAll(() => {
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Fills the disk under `dir` to the last byte, returning the filler's path (remove it to free the space). */
function fill(dir: string): string {
  const filler = join(dir, 'filler');
  const chunk = Buffer.alloc(64 * 1024, 1);
  let size = 0;
  for (;;) {
    try {
      writeFileSync(filler, chunk.subarray(0, Math.max(1, Math.min(chunk.length, Number(statfsSync(dir).bavail) * 4096))), { flag: 'a' });
      size += 1;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') return filler;
      throw error;
    }
    if (size > 100_000) throw new Error('the disk never filled');
  }
}

const disk = smallDisk();

test.skipIf(disk === null)('a full disk answers disk_full with one sentence for notes, backups, exports and settings; nothing half-written stays, and all work once space is freed', async () => {
  const dataDir = join(disk!, 'data');
  const { tend } = await openTestTend({ dataDir });
  const sam = expectOk(await tend.dispatch('people.save', { name: 'Sam Rivera' }));
  const body = 'A long note about the quarter. '.repeat(600);
  const filler = fill(disk!);

  const calls = [
    ['notes.save', { personId: sam.id, body }],
    ['backup.create', {}],
    ['archive.export', { format: 'json' }],
    ['settings.set', { digestTime: '08:15' }],
  ] as const;
  for (const [method, input] of calls) {
    const result = await tend.dispatch(method, input);
    expect(result, method).toEqual({ ok: false, error: { code: 'disk_full', message: DISK_FULL_MESSAGE } });
  }
  expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.startsWith('tend-manual'))).toEqual([]);
  expect(readdirSync(join(dataDir, 'exports'))).toEqual([]);
  expect(expectOk(await tend.dispatch('timeline.page', { personId: sam.id })).items).toEqual([]);
  expect(expectOk(await tend.dispatch('settings.get')).digestTime).toBe('09:00');

  rmSync(filler);
  for (const [method, input] of calls) expectOk(await tend.dispatch(method, input));
  expect(expectOk(await tend.dispatch('settings.get')).digestTime).toBe('08:15');
});

test.runIf(disk === null)('a full disk: skipped, this machine does not allow mounting a small tmpfs', () => {});
