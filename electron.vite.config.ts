import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundled (and tree-shaken) rather than required at start: Node resolving the date-fns index
      // loads every one of its functions, hundreds of files, before the window can open.
      externalizeDeps: { exclude: ['date-fns', 'valibot'] },
      rolldownOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only `electron` and a few built-ins, so everything it uses
      // from the contract (and valibot behind it) is bundled in rather than left as require().
      externalizeDeps: false,
      // Sandboxed preloads cannot be ES modules.
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    base: './',
    plugins: [svelte({ configFile: resolve('svelte.config.js') })],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      minify: true,
      rolldownOptions: {
        input: { index: resolve('src/renderer/index.html') },
        output: {
          // Views imported on demand become chunks of their own (automatic splitting); Svelte's
          // runtime, which every view needs and which changes least, is kept in one shared chunk.
          codeSplitting: { groups: [{ name: 'svelte', test: /node_modules[\\/]svelte[\\/]/ }] },
        },
      },
    },
  },
});
