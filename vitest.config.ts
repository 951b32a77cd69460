import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

const TEST_ROOTS = ['tests/unit', 'tests/integration'];

/**
 * Test files that need a module registry of their own: they replace a module (vi.mock), run in
 * another environment (jsdom), or drive the renderer's and Electron main's module-level state
 * (stores, caches read on load, the fake electron). Every other file shares its worker's modules,
 * which spares re-importing the core for each file: that import was most of vitest's time.
 */
function needsOwnModules(file: string): boolean {
  if (/\/(renderer|electron)\//.test(file)) return true;
  return /\bvi\.(do)?[mM]ock\(|@vitest-environment/.test(readFileSync(file, 'utf8'));
}

const testFiles = TEST_ROOTS.flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(root, name)),
);
const isolated = testFiles.filter(needsOwnModules);

export default defineConfig({
  // Compiles the renderer's runes modules (`*.svelte.ts`) for the actions tests, which run in Node.
  // Components compiled for the server renderer (the web host's first screen) bring their styles, as in vite.host.config.ts.
  plugins: [svelte({ dynamicCompileOptions: ({ compileOptions }) => (compileOptions.generate === 'server' ? { css: 'injected' } : undefined) })],
  test: {
    environment: 'node',
    // Dates matter everywhere in Tend: every test runs in one pinned, non-UTC zone.
    env: { TZ: 'America/New_York', TEND_LOG_LEVEL: 'silent' },
    pool: 'forks',
    // Vitest leaves a core free by default, which on a 2-core machine is one file at a time; most
    // files wait on SQLite and the file system, so two at once finished the suite ~25% sooner here.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 15_000,
    // One migrated empty database per run; each test's fresh database is a copy (migrated-template.ts).
    globalSetup: ['tests/fixtures/migrated-template.ts'],
    server: { deps: { inline: ['electron-store'] } },
    projects: [
      { extends: true, test: { name: 'own-modules', include: isolated } },
      { extends: true, test: { name: 'shared-modules', include: testFiles.filter((f) => !isolated.includes(f)), isolate: false } },
    ],
  },
});
