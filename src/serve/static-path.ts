import { isAbsolute, relative, resolve } from 'node:path';

/** Characters that could step out of a folder or name another one once a segment is decoded. */
const UNSAFE_SEGMENT = /[/\\:\0]/;

/**
 * Maps a URL path to a file inside `rootDir`, or null if it must not be served; `/` is index.html.
 * Each segment is decoded on its own and refused if it is `.`/`..` or hides a separator, so
 * `%2e%2e`, `%2f` and backslashes cannot climb out; the final path is checked to be inside the root.
 * Both hosts that serve the renderer (Electron's app:// and the web host) go through this.
 */
export function resolveInsideRoot(pathname: string, rootDir: string): string | null {
  const raw = pathname === '' || pathname === '/' ? ['index.html'] : pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const part of raw) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (decoded === '' || decoded === '.' || decoded === '..' || UNSAFE_SEGMENT.test(decoded)) return null;
    segments.push(decoded);
  }
  const root = resolve(rootDir);
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}
