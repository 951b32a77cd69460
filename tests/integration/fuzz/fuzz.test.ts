import { expect, test } from 'vitest';
import { methods, type MethodName } from '../../../src/shared/contract';
import { formatFuzzReport, runFuzz } from '../../fixtures/fuzz/fuzz-run';

test('1,500 seeded payloads across every method over HTTP: no crash, no 5xx, no internal, typed answers, rejected calls change nothing', async () => {
  // Enough that each of ~100 methods gets its sweep payload and a few generated ones on any seed.
  const report = await runFuzz({ calls: 1500, seed: 20261123 });
  console.log(formatFuzzReport(report));
  expect(report.examples).toEqual([]);
  expect(report.calls).toBe(1500);
  expect({ crashes: report.crashes, serverErrors: report.serverErrors, internal: report.internal, badShape: report.badShape }).toEqual({
    crashes: 0,
    serverErrors: 0,
    internal: 0,
    badShape: 0,
  });
  expect(report.changedByRejected).toBe(0);
  expect(report.acceptedNonObject).toBe(0);
  // Payloads no method may accept (a field it lacks, NUL or a lone surrogate anywhere, not one JSON object…).
  expect(report.acceptedMustRefuse).toBe(0);
  expect(report.mustRefuse).toBeGreaterThan(200);
  expect(report.roundTripMismatches).toBe(0);
  // The generator must reach both sides: enough valid calls to change data, enough broken ones to refuse.
  expect(report.accepted).toBeGreaterThan(100);
  expect(report.byCode.invalid_input ?? 0).toBeGreaterThan(300);
  expect(report.byCode.not_found ?? 0).toBeGreaterThan(10);
  // Every method of the contract was sent payloads: a new method is fuzzed by itself (the generator
  // reads the schemas, and throws on a schema it cannot build), and fails here when it is not reached.
  const unreached = (Object.keys(methods) as MethodName[]).filter((m) => (report.byMethod[m]?.calls ?? 0) < 3);
  expect(unreached).toEqual([]);
  // …and each was sent at least one payload it must refuse, so "none accepted" holds for every method.
  const neverTried = (Object.keys(methods) as MethodName[]).filter((m) => (report.byMethod[m]?.mustRefuse ?? 0) === 0);
  expect(neverTried).toEqual([]);
  // Wall-clock budget for a loaded shared machine: ~60 s in a full suite at load ~23 overran the old 60 s.
}, 180_000);
