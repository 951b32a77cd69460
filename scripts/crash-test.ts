// `npm run crash-test [rounds] [seed]`: the long crash proof (≥ 200 SIGKILLs on one data folder).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCrashWriter, formatCrashReport, runCrashRounds } from '../tests/fixtures/crash/crash-rounds';

const rounds = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const dataDir = mkdtempSync(join(tmpdir(), 'tend-crash-'));
const writer = await buildCrashWriter();
const started = performance.now();
try {
  console.log(`crash test: ${rounds} rounds, seed ${seed}, data folder ${dataDir}`);
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
  console.log(`${formatCrashReport(report)} (${report.killedAtStart} killed at start-up; ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  process.exitCode = report.lost === 0 && report.integrityFailures.length === 0 && report.rounds === rounds ? 0 : 1;
} finally {
  writer.dispose();
  rmSync(dataDir, { recursive: true, force: true });
}
