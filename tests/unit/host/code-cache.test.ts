import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../fixtures/temp-dir';

/** code-cache.ts as JavaScript for plain Node (types stripped, nothing else changed): starting tsx per start is slow. */
let codeCache = '';
const moduleDir = mkdtempSync(join(tmpdir(), 'tend-code-cache-module-'));
afterAll(() => rmSync(moduleDir, { recursive: true, force: true }));
beforeAll(() => {
  const source = readFileSync(resolve('src/host/code-cache.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023 } });
  codeCache = join(moduleDir, 'code-cache.mjs');
  writeFileSync(codeCache, outputText);
});

/**
 * One start in a process of its own, as in use: within one process V8 keeps what it compiled and
 * would answer a second compile of the same source from memory, never looking at the cache.
 */
function start(dir: string, save: boolean): { cacheUsed: boolean; ran: string } {
  const driver = join(dir, 'driver.mjs');
  writeFileSync(
    driver,
    `import { runWithCodeCache } from ${JSON.stringify(codeCache)};
     const run = runWithCodeCache(${JSON.stringify(join(dir, 'host.js'))});
     if (${save}) run.saveCache();
     console.log(JSON.stringify({ cacheUsed: run.cacheUsed, ran: globalThis.ran }));`,
  );
  const out = execFileSync(process.execPath, [driver], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!) as { cacheUsed: boolean; ran: string };
}

/** A CommonJS script that requires a file beside it (so `require` resolves from the script's folder) and says what it saw. */
function script(dir: string, label: string): string {
  writeFileSync(join(dir, 'dep.js'), `module.exports = 'dep';`);
  const file = join(dir, 'host.js');
  writeFileSync(file, `globalThis.ran = ${JSON.stringify(label)} + ' ' + require('./dep.js') + ' ' + (__filename === ${JSON.stringify(file)}) + ' ' + typeof module.exports;`);
  return file;
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.v8-cache'));

describe('the web host runs from V8’s code cache', { timeout: 60_000 }, () => {
  it('compiles from source the first time, and from the cache it saved the next', () => {
    const dir = tempDir('tend-code-cache');
    script(dir, 'first');
    expect(start(dir, false)).toEqual({ cacheUsed: false, ran: 'first dep true object' });
    expect(cacheFiles(dir)).toEqual([]);
    expect(start(dir, true)).toEqual({ cacheUsed: false, ran: 'first dep true object' });
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(start(dir, false)).toEqual({ cacheUsed: true, ran: 'first dep true object' });
  });

  it('does not use the cache of another build of the file', () => {
    const dir = tempDir('tend-code-cache');
    const file = script(dir, 'first');
    start(dir, true);
    // A rebuild of the same length, with another modification time.
    script(dir, 'other');
    utimesSync(file, 1_000, 1_000);
    expect(start(dir, false)).toEqual({ cacheUsed: false, ran: 'other dep true object' });
  });

  it('runs from source when the cache is damaged, and saves a good one over it', () => {
    const dir = tempDir('tend-code-cache');
    script(dir, 'first');
    start(dir, true);
    const [cache] = cacheFiles(dir);
    writeFileSync(join(dir, cache!), 'not a code cache');
    expect(start(dir, true)).toEqual({ cacheUsed: false, ran: 'first dep true object' });
    expect(cacheFiles(dir)).toEqual([cache]);
    expect(start(dir, false)).toEqual({ cacheUsed: true, ran: 'first dep true object' });
  });

  it('still runs where the cache cannot be written, and leaves nothing behind', () => {
    const dir = tempDir('tend-code-cache');
    const file = script(dir, 'first');
    const { size, mtimeMs } = statSync(file);
    // A folder where the cache goes: the write fails, quietly.
    const blocked = `.host.js.${size}-${Math.trunc(mtimeMs)}.v8-cache`;
    mkdirSync(join(dir, blocked));
    expect(start(dir, true)).toEqual({ cacheUsed: false, ran: 'first dep true object' });
    expect(readdirSync(dir).sort()).toEqual([blocked, 'dep.js', 'driver.mjs', 'host.js']);
  });
});
