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
          // Views imported on demand become chunks of their own (automatic splitting). What many
          // views share is grouped into three chunks rather than a dozen small ones: a browser opens
          // only six connections to the host (one is the event stream), so each extra file at start
          // waits its turn. Date locales other than US English stay apart, loaded when chosen.
          codeSplitting: {
            groups: [
              { name: 'svelte', test: /node_modules[\\/]svelte[\\/]/ },
              { name: 'dates', test: /node_modules[\\/]date-fns[\\/](?!locale[\\/](?!en-US))/ },
              // Only the components: what they import stays where the automatic split puts it, so the
              // entry (main.ts) does not pull them in before its first request.
              { name: 'ui', test: /src[\\/]renderer[\\/]ui[\\/]/, includeDependenciesRecursively: false },
            ],
          },
        },
      },
    },
  },
});
