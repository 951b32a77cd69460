import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { touchesTable } from '../src/shared/contract';

const MODULE = resolve('src/renderer/app/method-touches.ts');

/**
 * Builds the renderer's table of what each write touches (src/renderer/app/method-touches.ts) as
 * its value, computed here from the same contract: the page then carries a few kilobytes of names
 * rather than every method's schemas, which it would build at start only to read them (issue 21).
 */
export function precomputedTouches(): Plugin {
  return {
    name: 'tend-method-touches',
    apply: 'build',
    load(id) {
      if (id !== MODULE) return null;
      return `export const METHOD_TOUCHES = ${JSON.stringify(touchesTable())};\n`;
    },
  };
}
