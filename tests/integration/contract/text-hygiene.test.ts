import { describe, expect, test } from 'vitest';
import type { MethodName } from '../../../src/shared/contract';
import { textFieldsOf, validInput, writeMethods, type TextField } from '../../fixtures/contract-schemas';
import { dumpDatabase } from '../../fixtures/db-dump';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';

/**
 * Every free-text field of every write method in the contract, found by reading the schemas, is
 * checked through dispatch on a real database: bad text is refused naming the field, nothing written.
 */
const FIELDS: TextField[] = writeMethods().flatMap(textFieldsOf);

const BAD_TEXT: { what: string; text: string; message: (label: string) => string }[] = [
  { what: 'starting with NUL', text: '\u0000abc', message: (l) => `${l} contains an invisible control character; remove it and try again.` },
  { what: 'with NUL inside', text: 'ab\u0000c', message: (l) => `${l} contains an invisible control character; remove it and try again.` },
  { what: 'with an escape character', text: 'a\u001b[31m', message: (l) => `${l} contains an invisible control character; remove it and try again.` },
  { what: 'with a lone surrogate', text: 'x\ud800', message: (l) => `${l} contains a broken character (half of an emoji or symbol); retype it and try again.` },
];
const INVISIBLE = '\u200b\u200c\u200d\u2060\ufeff';
/** Where a record returns an input field under another name. */
const STORED_AS: Record<string, string> = { 'commitments.drop reason': 'dropReason' };

async function tendWithRecords() {
  const t = await openTestTend();
  const person = expectOk(await t.tend.dispatch('people.save', { name: 'Priya Raman' }));
  const goal = expectOk(await t.tend.dispatch('goals.save', { personId: person.id, kind: 'goal', sphere: 'professional', title: 'Ship it' }));
  const promise = expectOk(await t.tend.dispatch('commitments.save', { personId: person.id, text: 'Send the budget link' }));
  const point = expectOk(await t.tend.dispatch('talkingPoints.save', { personId: person.id, text: 'Holiday cover' }));
  // A required `id` names the one record a method acts on (commitments.drop); ticked points are that person's.
  return { ...t, ids: { personId: person.id, goalId: goal.id, id: promise.id, tickedPointIds: point.id } };
}

test('the schemas expose the text fields this test must cover', () => {
  const covered = FIELDS.map((f) => `${f.method} ${f.field} ${f.freeText}`);
  expect(covered).toEqual(
    expect.arrayContaining([
      'people.save name required',
      'people.save role optional',
      'matters.save what required',
      'goals.save title required',
      'progress.save body required',
      'details.save name required',
      'dates.save title required',
      'notes.save body required',
    ]),
  );
});

describe.each([...new Set(FIELDS.map((f) => f.method))])('%s', (method: MethodName) => {
  const fields = FIELDS.filter((f) => f.method === method);

  test('refuses NUL, control characters and lone surrogates in every text field, and invisible-only required text, writing nothing', async () => {
    const { tend, ids } = await tendWithRecords();
    const base = validInput(method, ids) as Record<string, unknown>;
    // The sample itself is accepted, so a refusal below is the bad text's doing, not the sample's.
    expectOk(await tend.dispatch(method, base));
    const before = dumpDatabase(tend.databaseFile);

    for (const { field, label, freeText } of fields) {
      const cases = [...BAD_TEXT];
      if (freeText === 'required') cases.push({ what: 'made only of invisible characters', text: INVISIBLE, message: (l) => `${l} cannot be empty.` });
      for (const bad of cases) {
        const error = expectError(await tend.dispatch(method, { ...base, [field]: bad.text }));
        expect(error, `${method} ${field} ${bad.what}`).toEqual({ code: 'invalid_input', message: bad.message(label), field });
      }
    }
    expect(dumpDatabase(tend.databaseFile)).toBe(before);
  });

  const optional = fields.filter((f) => f.freeText === 'optional');
  if (optional.length > 0) {
    test('stores optional text made only of invisible characters as nothing (null)', async () => {
      const { tend, ids } = await tendWithRecords();
      const base = validInput(method, ids) as Record<string, unknown>;
      for (const { field } of optional) {
        const saved = expectOk(await tend.dispatch(method, { ...base, [field]: ` ${INVISIBLE}\n` })) as unknown as Record<string, unknown>;
        expect(saved[STORED_AS[`${method} ${field}`] ?? field], field).toBeNull();
      }
    });
  }
});
