// `npm run crash-test [rounds] [seed] [operation rounds]`: the long crash proof — ≥ 200 SIGKILLs
// during writes on one data folder, then ≥ 100 during imports (replace, merge), restores, backups
// and exports on another.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCrashChild, buildCrashWriter, formatCrashReport, runCrashRounds } from '../tests/fixtures/crash/crash-rounds';
import { formatOperationCrashReport, runOperationCrashRounds, writeCrashArchive } from '../tests/fixtures/crash/crash-operation-rounds';

const rounds = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const operationRounds = Number(process.argv[4] ?? 100);
const dataDir = mkdtempSync(join(tmpdir(), 'tend-crash-'));
const operationsDir = mkdtempSync(join(tmpdir(), 'tend-crash-ops-'));
const writer = await buildCrashWriter();
const operator = await buildCrashChild('crash-operator');
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
try {
  console.log(`crash test: ${rounds} rounds of writes and ${operationRounds} of long operations, seed ${seed}, data folders ${dataDir} and ${operationsDir}`);
  const report = await runCrashRounds({
    writer: writer.file,
    dataDir,
    rounds,
    seed,
    onRound: (r) => {
      if (r.rounds % 25 === 0) console.log(`  … ${formatCrashReport(r)}`);
    },
  });
  for (const failure of report.integrityFailures) console.log(`integrity: ${failure}`);
  console.log(`writes: ${formatCrashReport(report)} (${report.killedAtStart} killed at start-up; ${seconds()})`);

  const archive = await writeCrashArchive(operationsDir, 20);
  let failuresShown = 0;
  const operations = await runOperationCrashRounds({
    operator: operator.file,
    dataDir: join(operationsDir, 'data'),
    archive,
    workDir: join(operationsDir, 'work'),
    rounds: operationRounds,
    seed,
    onRound: (r) => {
      for (const failure of r.failures.slice(failuresShown)) console.log(`failure: ${failure}`);
      failuresShown = r.failures.length;
      if (r.rounds % 25 === 0) console.log(`  … ${formatOperationCrashReport(r)}`);
    },
  });
  console.log(`operations: ${formatOperationCrashReport(operations)} (${seconds()})`);
  const writesClean = report.lost === 0 && report.integrityFailures.length === 0 && report.rounds === rounds;
  const operationsClean = operations.lost === 0 && operations.failures.length === 0 && operations.rounds === operationRounds;
  process.exitCode = writesClean && operationsClean ? 0 : 1;
} finally {
  writer.dispose();
  operator.dispose();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(operationsDir, { recursive: true, force: true });
}
