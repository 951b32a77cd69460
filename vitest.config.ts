import { availableParallelism } from 'node:os';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Compiles the renderer's runes modules (`*.svelte.ts`) for the actions tests, which run in Node.
  plugins: [svelte()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Dates matter everywhere in Tend: every test runs in one pinned, non-UTC zone.
    env: { TZ: 'America/New_York', TEND_LOG_LEVEL: 'silent' },
    pool: 'forks',
    // Vitest leaves a core free by default, which on a 2-core machine is one file at a time; most
    // files wait on SQLite and the file system, so two at once finished the suite ~25% sooner here.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 15_000,
    server: { deps: { inline: ['electron-store'] } },
  },
});
