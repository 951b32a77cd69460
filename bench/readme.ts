import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeBaseline, describeLoad, describeValue, verdict, type BenchReport } from './report';

/**
 * `npm run bench:readme`: rewrites README's performance table from bench/results/latest.json, so
 * every figure in it comes from one run on one named machine.
 */
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const readmeFile = resolve('README.md');
const report = JSON.parse(readFileSync(resolve('bench/results/latest.json'), 'utf8')) as BenchReport;
const readme = readFileSync(readmeFile, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md needs ${START} and ${END} around the performance table.`);

const cell = (text: string) => text.replace(/\|/g, '\\|');
const { machine } = report;
const lines = [
  START,
  `One run of \`npm run bench\` (${report.parts.join(', ')}) on ${report.startedAt.slice(0, 10)}: ${machine.cores} cores (${machine.cpu}), ` +
    `Node ${machine.node}, ${machine.platform}; ` +
    (report.load
      ? `load average (1 / 5 / 15 min) ${describeLoad(report.load.atStart)} at the start and ${describeLoad(report.load.atEnd)} at the end.`
      : 'the machine was shared, so read the ratios to each baseline rather than absolute times.'),
  '',
  '| part | what | measured (median, p95) | baseline in the same run | goal | |',
  '|---|---|---|---|---|---|',
  ...report.rows.map((row) =>
    `| ${row.part} | ${cell(row.what)}${row.note ? ` <br><small>${cell(row.note)}</small>` : ''} | ${cell(describeValue(row))} | ${cell(describeBaseline(row))} | ${cell(row.goal)} | ${verdict(row)} |`,
  ),
  END,
];
writeFileSync(readmeFile, readme.slice(0, from) + lines.join('\n') + readme.slice(to + END.length));
process.stdout.write(`README.md: ${report.rows.length} rows from the run of ${report.startedAt}\n`);
