import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { CONF_WITHOUT_AJV } from './scripts/conf-without-ajv';

/**
 * The web host (`npm run web`) built once to plain JavaScript, so it starts with `node` and no
 * TypeScript loader. Libraries are bundled and tree-shaken (date-fns alone is hundreds of files
 * when Node resolves it at run time); only the native better-sqlite3 stays a require. Minified and
 * ASCII-only because a cold start parses the whole file first: under half the bytes, and a one-byte
 * source string instead of a two-byte one (one "’" anywhere makes V8 hold all of it as UTF-16).
 */
export default defineConfig({
  build: {
    ssr: resolve('src/host/cli.ts'),
    outDir: 'out/host',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: true,
    rolldownOptions: { output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', charset: 'ascii' } },
  },
  // conf (the settings file) imports ajv at the top for JSON-schema validation, which Tend never asks of
  // it; a stub that throws if it ever is keeps ~145 kB out of what every start parses and runs.
  resolve: { alias: CONF_WITHOUT_AJV },
  ssr: { noExternal: true, external: ['better-sqlite3-multiple-ciphers'] },
});
