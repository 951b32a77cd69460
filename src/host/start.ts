import { fileURLToPath } from 'node:url';
import { runWithCodeCache } from './code-cache';

/**
 * `node out/host/cli.js`: the web host (src/host/cli.ts, built to host.js beside this file), compiled
 * from V8's code cache after its first start rather than parsed anew on each (code-cache.ts).
 */
const run = runWithCodeCache(fileURLToPath(new URL('host.js', import.meta.url)));
// At exit, with what this run compiled; a start that used the cache leaves it as it is.
if (!run.cacheUsed) process.once('exit', run.saveCache);
