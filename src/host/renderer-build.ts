import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** When the renderer's sources (its own and the shared code) last changed. */
export function newestRendererSource(projectRoot: string): number {
  return Math.max(...['src/renderer', 'src/shared'].map((dir) => newestMtime(join(projectRoot, dir))));
}

/** True when the built renderer is missing or older than its sources. */
export function rendererNeedsBuild(projectRoot: string): boolean {
  const built = join(projectRoot, 'out', 'renderer', 'index.html');
  if (!existsSync(built)) return true;
  return newestRendererSource(projectRoot) > statSync(built).mtimeMs;
}

export function buildRenderer(projectRoot: string): void {
  // Loaded only when a build is due, rather than by every start.
  const { spawnSync } = process.getBuiltinModule('node:child_process');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Building the renderer failed; see the output above.');
}
