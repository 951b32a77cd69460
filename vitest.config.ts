import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

const TEST_ROOTS = ['tests/unit', 'tests/integration'];

/** Dates matter everywhere in Tend: every test runs in one pinned, non-UTC zone. */
const TIME_ZONE = 'America/New_York';
// Worker threads share this process's zone (test.env below reaches only a forked worker's own
// process), so the zone is pinned here too, before any worker starts, whatever the shell's TZ.
process.env.TZ = TIME_ZONE;

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
/**
 * Of those, the ones that need a process of their own: Electron main's tests load the built main
 * bundle, which hooks the process (its quit, signals and handles, counted when it ends). The rest
 * run each in a new worker thread rather than a new process: measured here, a thread per file cut
 * the isolated files' time by about half (the process start and jsdom's set-up in it, ~124 times a run).
 */
const ownProcess = isolated.filter((file) => /\/electron\//.test(file));

export default defineConfig({
  // Compiles the renderer's runes modules (`*.svelte.ts`) for the actions tests, which run in Node.
  // Components compiled for the server renderer (the web host's first screen) bring their styles, as in vite.host.config.ts.
  plugins: [svelte({ dynamicCompileOptions: ({ compileOptions }) => (compileOptions.generate === 'server' ? { css: 'injected' } : undefined) })],
  test: {
    environment: 'node',
    env: { TZ: TIME_ZONE, TEND_LOG_LEVEL: 'silent' },
    pool: 'forks',
    // Vitest leaves a core free by default, which on a 2-core machine is one file at a time; most
    // files wait on SQLite and the file system, so two at once finished the suite ~25% sooner here.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 15_000,
    // One migrated empty database per run; each test's fresh database is a copy (migrated-template.ts).
    globalSetup: ['tests/fixtures/migrated-template.ts'],
    server: { deps: { inline: ['electron-store'] } },
    projects: [
      { extends: true, test: { name: 'own-modules', include: isolated.filter((f) => !ownProcess.includes(f)), pool: 'threads' } },
      { extends: true, test: { name: 'own-process', include: ownProcess } },
      { extends: true, test: { name: 'shared-modules', include: testFiles.filter((f) => !isolated.includes(f)), isolate: false } },
    ],
  },
});
