// Finds the Electron executable without ever triggering its download: `require('electron')`
// downloads on first use (Electron ≥ 42 has no postinstall), which fails offline with a stack trace.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDir = fileURLToPath(new URL('..', import.meta.url));

/** Where electron's install.js puts the executable inside `dist/` on each platform. */
const PLATFORM_PATHS = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  mas: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
  linux: 'electron',
  freebsd: 'electron',
  openbsd: 'electron',
};

/**
 * The Electron executable's path, or null if it is not on disk. Follows the electron package's own
 * rules: `path.txt` names the executable inside `dist/`, and ELECTRON_OVERRIDE_DIST_PATH replaces `dist/`.
 */
export function findElectronBinary({ root = projectDir, env = process.env, platform = process.platform } = {}) {
  const electronDir = join(root, 'node_modules', 'electron');
  let executable = null;
  try {
    executable = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim() || null;
  } catch {
    // Not downloaded yet; with an override dist the platform default still names the file.
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, executable ?? PLATFORM_PATHS[platform] ?? 'electron')
    : executable && join(electronDir, 'dist', executable);
  return candidate && existsSync(candidate) ? candidate : null;
}
