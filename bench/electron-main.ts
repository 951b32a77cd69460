import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { summarise } from './measure';
import type { Row } from './report';

/**
 * What Electron's main process gets from `electron` at start, each a no-op stand-in: no binary can be
 * downloaded here, and loading the bundle needs only names to bind. `app.whenReady` never resolves,
 * so nothing past start-up runs. The names are read from the bundle's own imports (a fixed list fell
 * behind once `safeStorage` was imported), and written out for Node's CommonJS export detection.
 */
function standIn(names: readonly string[]): string {
  return `const handler = {
  get(_target, key) {
    if (key === 'then') return undefined;
    if (key === 'whenReady') return () => new Promise(() => {});
    return standIn;
  },
  apply: () => standIn,
  construct: () => standIn,
};
const standIn = new Proxy(function () {}, handler);
${names.map((name) => `exports.${name} = standIn;`).join('\n')}
`;
}

/** Every name the bundle and its chunks import from `electron`. */
function electronImports(dir: string): string[] {
  const names = new Set<string>();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  for (const file of files) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/import\s+(?:\w+\s*,\s*)?\{([^}]*)\}\s*from\s*"electron"/g)) {
      for (const part of match[1]!.split(',')) {
        const name = part.trim().split(/\s+as\s+/)[0];
        if (name) names.add(name);
      }
    }
  }
  return [...names].sort();
}

/** Milliseconds from `import()` of the bundle to its evaluation, in a fresh Node process. */
function loadOnce(dir: string): number {
  const script = `const t = performance.now(); import(${JSON.stringify(join(dir, 'main', 'index.js'))}).then(() => console.log(performance.now() - t));`;
  // --preserve-symlinks: packages linked from the project find the stand-in, not the real electron.
  const run = spawnSync(process.execPath, ['--preserve-symlinks', '-e', script], { encoding: 'utf8', env: { ...process.env, TEND_LOG_LEVEL: 'warn' } });
  const ms = Number(run.stdout.trim().split('\n').at(-1));
  if (run.status !== 0 || !Number.isFinite(ms)) throw new Error(`loading the Electron main bundle failed: ${run.stderr}`);
  return ms;
}

/**
 * The Electron main bundle (out/main/index.js) loaded under Node with a stand-in `electron`: the
 * module loading and top-level work that comes before the first window, with every package but
 * better-sqlite3 and electron bundled.
 */
export function benchElectronMain(quick: boolean): Row {
  const bundle = resolve('out/main');
  if (!existsSync(join(bundle, 'index.js'))) throw new Error('out/main/index.js is missing: run `npx electron-vite build` first.');
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-main-'));
  try {
    const modules = join(dir, 'node_modules');
    mkdirSync(join(modules, 'electron'), { recursive: true });
    for (const name of readdirSync(resolve('node_modules'))) if (name !== 'electron') symlinkSync(resolve('node_modules', name), join(modules, name));
    writeFileSync(join(modules, 'electron', 'index.js'), standIn(electronImports(bundle)));
    writeFileSync(join(modules, 'electron', 'package.json'), '{ "name": "electron", "main": "index.js" }');
    // The bundle and its lazily loaded chunks, as ES modules like electron-vite emits them.
    cpSync(bundle, join(dir, 'main'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
    loadOnce(dir); // warm the file cache
    const times = Array.from({ length: quick ? 5 : 15 }, () => loadOnce(dir));
    return {
      part: 'host',
      what: 'Electron main bundle loaded, up to app.whenReady (Node, a stand-in electron)',
      unit: 'ms',
      value: summarise(times),
      goal: 'informational: what comes before the first window',
      pass: null,
      note: 'no Electron binary here; every package but better-sqlite3 and electron is bundled, ajv left out',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
