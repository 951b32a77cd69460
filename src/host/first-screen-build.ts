import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { newestRendererSource } from './renderer-build';
import type { FirstScreenLoader } from './server';

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
    if (newestRendererSource(projectRoot) > statSync(built).mtimeMs) throw new Error(`${built} is older than the renderer: run \`npm run build:host\`.`);
    return createRequire(built)(built) as Awaited<ReturnType<FirstScreenLoader>>;
  };
}
