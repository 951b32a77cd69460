import { expect, test } from 'vitest';
import { methods } from '../../../src/shared/contract';
import { dumpDatabase } from '../../fixtures/db-dump';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';

// Found by the fuzzer: `people.list []` answered ok, because an array passes an object schema whose
// fields are all optional. Every method's input is an object of fields (or nothing), never a list.
test('every method refuses an array as its input, naming no field, and writes nothing', async () => {
  const { tend } = await openTestTend();
  expectOk(await tend.dispatch('people.save', { name: 'Priya Raman' }));
  const before = dumpDatabase(tend.databaseFile);
  for (const method of Object.keys(methods)) {
    for (const input of [[], [{}], [{ name: 'Sam' }]]) {
      expect(expectError(await tend.dispatch(method, input)), method).toEqual({ code: 'invalid_input', message: 'This call needs an object with its fields.' });
    }
  }
  expect(dumpDatabase(tend.databaseFile)).toBe(before);
  expect(expectOk(await tend.dispatch('people.list', {}))).toHaveLength(1);
  expect(expectOk(await tend.dispatch('people.list'))).toHaveLength(1);
});
