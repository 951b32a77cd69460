// The desktop app's build (electron-vite: out/main, out/preload, out/renderer): whether it is older
// than its sources, and how to make it. `npm test` builds it as a gate before vitest runs, so the
// built-bundle smoke test reuses that build and builds only when run on its own against stale output.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newestMtime, projectDir } from './host-build.mjs';

export const builtMain = join(projectDir, 'out', 'main', 'index.js');
const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const SOURCES = ['electron', 'src', 'electron.vite.config.ts', 'svelte.config.js', 'package.json'];

/** True when any of the app's three builds is missing or older than anything it is built from. */
export function appNeedsBuild(root = projectDir) {
  const outputs = OUTPUTS.map((output) => join(root, output));
  if (!outputs.every((output) => existsSync(output))) return true;
  const builtAt = Math.min(...outputs.map((output) => statSync(output).mtimeMs));
  return SOURCES.some((source) => existsSync(join(root, source)) && newestMtime(join(root, source)) > builtAt);
}

/** `electron-vite build`, as `npm test` runs it; throws with its output when it fails. */
export function buildApp(root = projectDir) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}${result.stderr}`);
}
