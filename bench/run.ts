import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchCore } from './core';
import { removeDatasets } from './datasets';
import { PARTS, describeLoad, machine, printRows, writeReport, type Part, type Row } from './report';

/**
 * `npm run bench [-- core|host|browser|bundle …] [-- --quick]`: each part alone or all of them,
 * medians and p95 beside a baseline measured in the same run, PASS/MISS against issue 8's goals,
 * and bench/results/latest.json for `npm run bench:readme`.
 */
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const asked = args.filter((a) => !a.startsWith('--'));
const unknown = asked.filter((a) => !(PARTS as readonly string[]).includes(a));
if (unknown.length > 0) {
  process.stderr.write(`Unknown part ${unknown.join(', ')}; choose from ${PARTS.join(', ')}.\n`);
  process.exit(1);
}
const parts = (asked.length > 0 ? asked : PARTS) as Part[];

const RUNNERS: Record<Part, (quick: boolean) => Promise<Row[]>> = {
  core: benchCore,
  integrity: async (q) => (await import('./integrity')).benchIntegrity(q),
  prep: async (q) => (await import('./prep')).benchPrep(q),
  evidence: async (q) => (await import('./evidence')).benchEvidence(q),
  invest: async (q) => (await import('./invest')).benchInvest(q),
  host: async (q) => (await import('./host')).benchHost(q),
  startup: async (q) => (await import('./startup')).benchStartup(q),
  browser: async (q) => (await import('./browser')).benchBrowser(q),
  bundle: async () => (await import('./bundle')).benchBundle(),
  search: async (q) => (await import('./search')).benchSearch(q),
  insights: async (q) => (await import('./insights')).benchInsights(q),
  encryption: async (q) => (await import('./encryption')).benchEncryption(q),
};

// Slow-query warnings would interleave with the table; the benchmarks measure those calls anyway.
process.env.TEND_LOG_LEVEL ??= 'error';

/** Runs `parts` in this process and returns their rows. */
async function runHere(parts: readonly Part[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const part of parts) {
    process.stdout.write(`\n${part}\n`);
    const partRows = await RUNNERS[part](quick);
    printRows(partRows);
    rows.push(...partRows);
  }
  return rows;
}

/**
 * Each part in a process of its own, so no part is measured in a heap and cache another left
 * behind (after the core part's 10× team, even the raw-SQL baselines of the next part ran ~1.5×
 * slower). The generated teams are shared through TEND_BENCH_DATA and removed at the end.
 */
function runApart(parts: readonly Part[]): Row[] {
  const scratch = mkdtempSync(join(tmpdir(), 'tend-bench-run-'));
  const env = { ...process.env, TEND_BENCH_DATA: process.env.TEND_BENCH_DATA ?? join(scratch, 'data') };
  try {
    return parts.flatMap((part) => {
      const rowsFile = join(scratch, `${part}.json`);
      const args = [...process.execArgv, process.argv[1]!, part, ...(quick ? ['--quick'] : []), `--rows-to=${rowsFile}`];
      const child = spawnSync(process.execPath, args, { stdio: 'inherit', env });
      if (child.status !== 0) throw new Error(`the ${part} benchmarks failed (exit ${child.status ?? child.signal})`);
      return JSON.parse(readFileSync(rowsFile, 'utf8')) as Row[];
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const rowsTo = args.find((a) => a.startsWith('--rows-to='))?.slice('--rows-to='.length);
if (rowsTo) {
  // A child of runApart: its rows go back to the parent, which writes the report.
  try {
    writeFileSync(rowsTo, JSON.stringify(await runHere(parts)));
  } finally {
    removeDatasets();
  }
} else {
  const info = machine();
  const startedAt = new Date().toISOString();
  // Timings are only as good as the machine was quiet: the load averages go into the report.
  const atStart = loadavg();
  process.stdout.write(
    `Tend benchmarks — ${info.cores} × ${info.cpu}, Node ${info.node}, ${startedAt}${quick ? ' (quick)' : ''}; load average ${describeLoad(atStart)}\n`,
  );
  const rows = parts.length > 1 ? runApart(parts) : await runHere(parts).finally(removeDatasets);
  const file = resolve('bench/results/latest.json');
  const atEnd = loadavg();
  process.stdout.write(`load average at the end ${describeLoad(atEnd)}\n`);
  writeReport(file, { startedAt, machine: info, load: { atStart, atEnd }, parts, rows });
  const missed = rows.filter((r) => r.pass === false).length;
  process.stdout.write(`\n${rows.filter((r) => r.pass === true).length} PASS, ${missed} MISS; report in ${file}\n`);
}
