import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { CONF_WITHOUT_AJV } from './scripts/conf-without-ajv';
import { precomputedTouches } from './scripts/method-touches';
import { appChunk, inAppChunk, inSchemasChunk, preloadApp } from './scripts/renderer-chunks';

/** Libraries with chunks of their own (below), so the app chunk leaves them out. */
const SVELTE = /node_modules[\\/]svelte[\\/]/;
// Date locales other than US English stay apart, loaded when chosen.
const DATE_FNS = /node_modules[\\/]date-fns[\\/](?!locale[\\/](?!en-US))/;
/** The shared components: nearly every view uses them, and the frame some of them. */
const SHARED_COMPONENTS = /src[\\/]renderer[\\/]ui[\\/]/;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundled (and tree-shaken) rather than required at start: Node resolving the date-fns index
      // loads every one of its functions, hundreds of files, before the window can open. electron-store
      // and conf are bundled too, so that ajv, which conf imports at the top and Tend never uses, can be
      // left out as in the web host (the stub throws if a schema is ever passed).
      externalizeDeps: { exclude: ['date-fns', 'valibot', 'electron-store', 'conf'] },
      rolldownOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
    resolve: { alias: CONF_WITHOUT_AJV },
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
    plugins: [svelte({ configFile: resolve('svelte.config.js') }), appChunk(new RegExp(`${SVELTE.source}|${DATE_FNS.source}`), SHARED_COMPONENTS), preloadApp(), precomputedTouches()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      minify: true,
      rolldownOptions: {
        input: { index: resolve('src/renderer/index.html') },
        output: {
          // Views imported on demand become chunks of their own (automatic splitting). The rest is
          // grouped into a few chunks rather than a dozen small ones: a browser opens only six
          // connections to the host (one is the event stream), so each extra file at start waits its
          // turn. The app chunk is everything app/start.ts needs beyond the entry
          // (scripts/renderer-chunks.ts).
          codeSplitting: {
            groups: [
              { name: 'svelte', test: SVELTE },
              { name: 'dates', test: DATE_FNS },
              // With the shared components and what they import (appChunk). Only those modules: the rest
              // of what they import is in the entry or in the two above.
              { name: 'app', test: inAppChunk, includeDependenciesRecursively: false },
              // valibot with the schema modules that several views share (scripts/renderer-chunks.ts).
              { name: 'schemas', test: inSchemasChunk, includeDependenciesRecursively: false },
            ],
          },
        },
      },
    },
  },
});
