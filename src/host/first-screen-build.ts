import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FirstScreenLoader } from './server';

/** The newest modification time under `dir`, walked recursively. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The first screens' drawing from the built web host (out/host/first-screen.js), for a host run
 * from source — by the bench and the end-to-end tests, whose TypeScript loaders compile no Svelte
 * components. Refused, so the host draws none, when that build is missing or older than the
 * renderer: a stale first screen would be replaced by a different page.
 */
export function builtFirstScreen(projectRoot: string): FirstScreenLoader {
  return async () => {
    const built = join(projectRoot, 'out', 'host', 'first-screen.js');
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build:host\`.`);
    const sources = ['src/renderer', 'src/shared'].map((dir) => newestMtime(join(projectRoot, dir)));
    if (Math.max(...sources) > statSync(built).mtimeMs) throw new Error(`${built} is older than the renderer: run \`npm run build:host\`.`);
    return createRequire(built)(built) as Awaited<ReturnType<FirstScreenLoader>>;
  };
}
