#!/usr/bin/env node
// `npm test`: typecheck, build, vitest, Playwright — then one plain total summed from their JSON reports.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowser, ensureInstalled } from './setup.mjs';

const RESULTS = 'test-results';
const VITEST_JSON = join(RESULTS, 'vitest.json');
const PLAYWRIGHT_JSON = join(RESULTS, 'playwright.json');

// Dates matter everywhere in Tend: the whole suite runs in one pinned, non-UTC zone.
// TEND_APP_BUILT: the build gate below made out/, so the built-bundle smoke test never builds it again.
const env = { ...process.env, TZ: 'America/New_York', TEND_LOG_LEVEL: process.env.TEND_LOG_LEVEL ?? 'warn', TEND_APP_BUILT: '1' };

function run(label, command, args) {
  process.stdout.write(`\n── ${label} ──\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

// A fresh clone sets itself up: dependencies first (every gate needs them), the browser before Playwright.
const notInstalled = ensureInstalled();
if (notInstalled) {
  process.stdout.write(`${notInstalled}\n\n0 passed, 1 failed, 0 skipped\n`);
  writeFileSync(join(RESULTS, 'summary.txt'), '0 passed, 1 failed, 0 skipped\n');
  process.exit(1);
}
const noBrowser = await ensureBrowser();

const gates = [
  ['typecheck (node side)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.node.json']],
  ['typecheck (renderer)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.web.json', '--fail-on-warnings']],
  ['typecheck (renderer actions over the core)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.actions.json']],
  ['build', 'npx', ['electron-vite', 'build']],
  ['build (web host)', 'npx', ['vite', 'build', '-c', 'vite.host.config.ts']],
];

/** Runs a gate with its output kept, so gates run side by side and still print one after another. */
function runQuietly([label, command, args]) {
  return new Promise((done) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => done({ label, ok: false, output: `${error.message}\n` }));
    child.on('close', (code) => done({ label, ok: code === 0, output: Buffer.concat(output).toString() }));
  });
}

// The gates write to separate folders (out/main, out/preload, out/renderer, out/host) and read
// only sources, so they run at once: on two cores that saves most of a minute.
const gateResults = await Promise.all(gates.map(runQuietly));
for (const { label, output } of gateResults) process.stdout.write(`\n── ${label} ──\n${output}`);
const failedGates = gateResults.filter(({ ok }) => !ok).map(({ label }) => label);

run('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`]);
const rendererBuilt = existsSync(join('out', 'renderer', 'index.html'));
if (noBrowser) process.stdout.write(`\n── playwright ──\n${noBrowser}\n`);
else if (rendererBuilt) run('playwright', 'npx', ['playwright', 'test']);

const vitest = readJson(VITEST_JSON);
const playwright = readJson(PLAYWRIGHT_JSON);
const totals = { passed: 0, failed: 0, skipped: 0 };
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  // A suite that failed to load has no tests to count; it must still fail the run.
  totals.failed += vitest.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} else {
  failedGates.push('vitest (no report)');
}
/** Every distinct reason a Playwright test was skipped, so a skip is never silent. */
function skipReasons(suites, reasons = new Set()) {
  for (const suite of suites ?? []) {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        for (const a of t.annotations ?? []) if (a.type === 'skip' && a.description) reasons.add(a.description);
      }
    }
    skipReasons(suite.suites, reasons);
  }
  return reasons;
}

if (playwright) {
  for (const reason of skipReasons(playwright.suites)) process.stdout.write(`Skipped: ${reason}\n`);
  totals.passed += playwright.stats.expected;
  totals.failed += playwright.stats.unexpected + playwright.stats.flaky;
  totals.skipped += playwright.stats.skipped;
  totals.failed += (playwright.errors ?? []).length;
} else {
  failedGates.push(noBrowser ? 'playwright (no browser)' : 'playwright (no report)');
}
totals.failed += failedGates.length;

if (failedGates.length > 0) process.stdout.write(`\nFailed before or outside the tests: ${failedGates.join(', ')}\n`);
const summary = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
writeFileSync(join(RESULTS, 'summary.txt'), `${summary}\n`);
process.stdout.write(`\n${summary}\n`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
