import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildCrashChild } from '../../fixtures/crash/crash-rounds';
import { formatOperationCrashReport, runOperationCrashRounds, writeCrashArchive } from '../../fixtures/crash/crash-operation-rounds';
import { CRASH_OPERATIONS } from '../../fixtures/crash/crash-operation-lines';
import { tempDir } from '../../fixtures/temp-dir';

let operator: Awaited<ReturnType<typeof buildCrashChild>>;
beforeAll(async () => {
  operator = await buildCrashChild('crash-operator');
}, 60_000);
afterAll(() => operator?.dispose());

test('SIGKILLs during import (replace and merge), restore, backup and export leave the old or the new contents whole, lose no acknowledged write and leave no half file', async () => {
  const work = tempDir('tend-crash-ops');
  const archive = await writeCrashArchive(work, 20);
  const rounds = CRASH_OPERATIONS.length;
  const report = await runOperationCrashRounds({ operator: operator.file, dataDir: `${work}/data`, archive, workDir: `${work}/work`, rounds, seed: 20261206 });
  console.log(formatOperationCrashReport(report));
  expect(report.failures).toEqual([]);
  expect(report.rounds).toBe(rounds);
  for (const operation of CRASH_OPERATIONS) expect(report.kills[operation]).toBe(1);
  expect(report.acknowledged).toBeGreaterThan(0);
  expect(report.lost).toBe(0);
}, 90_000);
