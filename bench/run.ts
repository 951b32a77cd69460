import { resolve } from 'node:path';
import { benchCore } from './core';
import { removeDatasets } from './datasets';
import { PARTS, machine, printRows, writeReport, type Part, type Row } from './report';

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
  invest: async (q) => (await import('./invest')).benchInvest(q),
  host: async (q) => (await import('./host')).benchHost(q),
  browser: async (q) => (await import('./browser')).benchBrowser(q),
  bundle: async () => (await import('./bundle')).benchBundle(),
};

// Slow-query warnings would interleave with the table; the benchmarks measure those calls anyway.
process.env.TEND_LOG_LEVEL ??= 'error';
const info = machine();
const startedAt = new Date().toISOString();
process.stdout.write(`Tend benchmarks — ${info.cores} × ${info.cpu}, Node ${info.node}, ${startedAt}${quick ? ' (quick)' : ''}\n`);
const rows: Row[] = [];
try {
  for (const part of parts) {
    process.stdout.write(`\n${part}\n`);
    const partRows = await RUNNERS[part](quick);
    printRows(partRows);
    rows.push(...partRows);
  }
} finally {
  removeDatasets();
}
const file = resolve('bench/results/latest.json');
writeReport(file, { startedAt, machine: info, parts, rows });
const missed = rows.filter((r) => r.pass === false).length;
process.stdout.write(`\n${rows.filter((r) => r.pass === true).length} PASS, ${missed} MISS; report in ${file}\n`);
