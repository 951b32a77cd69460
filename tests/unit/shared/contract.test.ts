import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { DATA_AREAS, methods, touchesOf, type MethodName } from '../../../src/shared/contract';
import { composeTables } from '../../../src/shared/method-table';

describe('the contract', () => {
  test('joining feature tables refuses a method declared twice', () => {
    const a = { 'x.save': { input: v.string(), touches: ['profile'] } } as const;
    const b = { 'x.save': { input: v.number(), touches: [] } } as const;
    expect(() => composeTables(a, b)).toThrow('The contract declares "x.save" twice.');
  });

  test('joining keeps every method of every table', () => {
    const a = { 'a.get': { input: v.string(), touches: [] } } as const;
    const b = { 'b.save': { input: v.string(), touches: ['people'] } } as const;
    expect(Object.keys(composeTables(a, b))).toEqual(['a.get', 'b.save']);
  });

  test('every write names only known areas, and reads touch nothing', () => {
    for (const name of Object.keys(methods) as MethodName[]) {
      for (const area of touchesOf(name)) expect(DATA_AREAS).toContain(area);
    }
    expect(touchesOf('people.list')).toEqual([]);
    expect(touchesOf('timeline.page')).toEqual([]);
    expect(touchesOf('notes.save')).toEqual(['profile', 'timeline']);
    expect(touchesOf('matters.save')).toEqual(['profile']);
  });
});
