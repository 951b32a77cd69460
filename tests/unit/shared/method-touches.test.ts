import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precomputedTouches } from '../../../scripts/method-touches';
import { methods, touchesOf, touchesTable, type MethodName } from '../../../src/shared/contract';

/** The plugin's hook, called as the bundler would: with a module id, outside any build context. */
function load(id: string): unknown {
  const hook = precomputedTouches().load;
  if (typeof hook !== 'function') throw new Error('precomputedTouches has no load hook');
  return (hook as (id: string) => unknown).call(undefined, id);
}

describe('the renderer’s table of what each write touches (issue 21)', () => {
  it('names every method of the contract with the areas it declares', () => {
    const table = touchesTable();
    expect(Object.keys(table).sort()).toEqual(Object.keys(methods).sort());
    for (const name of Object.keys(methods) as MethodName[]) expect(table[name]).toEqual(touchesOf(name));
  });

  it('is built into the renderer as plain data with the same value, and leaves every other module alone', () => {
    const code = load(resolve('src/renderer/app/method-touches.ts'));
    expect(typeof code).toBe('string');
    const json = /^export const METHOD_TOUCHES = (.*);\n$/s.exec(code as string)?.[1];
    expect(JSON.parse(json ?? 'null')).toEqual(touchesTable());
    expect(load(resolve('src/renderer/app/data-changes.ts'))).toBeNull();
  });
});
