import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Runs a CommonJS file through V8's code cache, kept beside it: what `module.enableCompileCache` does
 * from Node 22 (Tend runs on Node 20). Without it every start parses and compiles the whole web host
 * (~35 ms for ~480 kB) and then compiles each function it calls at start; with it V8 reads the compiled
 * code back. `saveCache` is meant for when the process exits, so the cache holds what this run compiled.
 *
 * The cache's name carries the file's size and modification time, so a rebuilt file never meets the
 * cache of another build (V8 itself only checks the source's length and its own version and flags; a
 * cache it refuses is simply written again). A cache that cannot be read or written costs only speed.
 */
export function runWithCodeCache(file: string): { cacheUsed: boolean; saveCache: () => void } {
  const { size, mtimeMs } = statSync(file);
  const cacheFile = join(dirname(file), `.${basename(file)}.${size}-${Math.trunc(mtimeMs)}.v8-cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // The first start of this build, or a folder it cannot read: compiled from source.
  }
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { cacheUsed, saveCache: () => writeCache(cacheFile, script) };
}

function writeCache(cacheFile: string, script: Script): void {
  const partial = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(partial, script.createCachedData());
    // Whole or not at all: another start may be reading it.
    renameSync(partial, cacheFile);
  } catch {
    // A read-only install: each start compiles from source, as without the cache.
    rmSync(partial, { force: true });
  }
}
