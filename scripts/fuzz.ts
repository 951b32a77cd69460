// `npm run fuzz [calls] [seed]`: the long fuzz proof (≥ 10,000 payloads over HTTP).
import { methods, type MethodName } from '../src/shared/contract';
import { formatFuzzReport, runFuzz } from '../tests/fixtures/fuzz/fuzz-run';

const calls = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const started = performance.now();
let crashes = 0;
// The host runs in this process: anything thrown outside a request handler would be a crash.
process.on('uncaughtException', (error) => {
  crashes += 1;
  console.error('uncaught:', error);
});
console.log(`fuzz: ${calls} payloads, seed ${seed}`);
const report = await runFuzz({
  calls,
  seed,
  onProgress: (r) => {
    if (r.calls % 2500 === 0) console.log(`  … ${r.calls} calls, accepted ${r.accepted}, internal ${r.internal}, 5xx ${r.serverErrors}`);
  },
});
report.crashes += crashes;
console.log(formatFuzzReport(report));
for (const example of report.examples) console.log(`  ${example}`);
// Every method, so "0 internal, 0 accepted must-refuse" is read per method and a method never reached shows.
console.log('method: calls, accepted, internal, must-refuse sent, must-refuse accepted');
for (const method of Object.keys(methods) as MethodName[]) {
  const t = report.byMethod[method];
  console.log(`  ${method}: ${t ? `${t.calls}, ${t.accepted}, ${t.internal}, ${t.mustRefuse}, ${t.acceptedMustRefuse}` : 'never called'}`);
}
console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
const clean = report.crashes + report.serverErrors + report.internal + report.badShape + report.changedByRejected + report.acceptedNonObject + report.acceptedMustRefuse + report.roundTripMismatches === 0 &&
  (Object.keys(methods) as MethodName[]).every((m) => (report.byMethod[m]?.calls ?? 0) > 0);
process.exitCode = clean ? 0 : 1;
