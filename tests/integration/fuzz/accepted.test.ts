import { expect, test } from 'vitest';
import { methods, type MethodName } from '../../../src/shared/contract';
import { NOT_ACCEPTED, runAcceptWalk, WIRING } from '../../fixtures/fuzz/accept-walk';

const METHOD_NAMES = Object.keys(methods) as MethodName[];

test('every method of the contract accepts a valid payload on a seeded encrypted web host over HTTP, or is listed with the refusal that proves why not', async () => {
  const report = await runAcceptWalk();
  const sent = new Map(report.steps.map((step) => [step.method, step]));
  const describe = (m: MethodName) => {
    const step = sent.get(m);
    return step ? `${m} (${step.phase}): HTTP ${step.status} ${step.code ?? 'ok'} ${step.message ?? ''}`.trim() : `${m}: never sent`;
  };

  // The fuzz's invariants hold on the accepted calls too: typed answers, text read back as sent, reads write nothing.
  expect(report.problems).toEqual([]);
  // Each method was sent exactly once (a new method is walked by itself: its payload is read off its schema).
  expect(report.steps.map((s) => s.method).sort()).toEqual([...METHOD_NAMES].sort());
  // Every method not listed was accepted; a new method fails here until it is accepted or listed with its reason.
  const refused = METHOD_NAMES.filter((m) => !NOT_ACCEPTED[m] && !sent.get(m)?.ok).map(describe);
  expect(refused).toEqual([]);
  // A listed method is refused for exactly its stated reason, so the list cannot hide one the walk could accept.
  const listed = Object.entries(NOT_ACCEPTED).map(([m, why]) => {
    const step = sent.get(m as MethodName);
    return { method: m, refusedAsListed: step !== undefined && !step.ok && step.status === why.status && step.code === why.code && step.message === why.message };
  });
  expect(listed.filter((l) => !l.refusedAsListed).map((l) => describe(l.method as MethodName))).toEqual([]);
  // The wiring names only methods of the contract (a renamed method cannot leave a stale entry behind).
  expect(Object.keys(WIRING).filter((m) => !Object.hasOwn(methods, m))).toEqual([]);
  expect(Object.keys(NOT_ACCEPTED).filter((m) => !Object.hasOwn(methods, m))).toEqual([]);
}, 60_000);
