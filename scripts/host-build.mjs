// The web host's build: where it goes, whether it is older than its sources, and how to make it.
// Used by `npm run web` (scripts/web.mjs) and by tests that start the built host.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const builtHost = join(projectDir, 'out', 'host', 'cli.js');
// The renderer too: the host draws first screens with its components (src/renderer/prerender/).
const SOURCES = ['src/host', 'src/core', 'src/shared', 'src/renderer', 'vite.host.config.ts', 'package.json'];

/** The newest modification time under `path` (a file or a folder, walked recursively). */
export function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when out/host/cli.js is missing or older than anything it is built from. */
export function hostNeedsBuild(root = projectDir) {
  const built = join(root, 'out', 'host', 'cli.js');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(root, source)) > builtAt);
}

export async function buildHost(root = projectDir) {
  // Imported only here: loading Vite costs more than starting the host.
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.host.config.ts'), root, logLevel: 'warn' });
}
