import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The web host (`npm run web`) built once to plain JavaScript, so it starts with `node` and no
 * TypeScript loader. Libraries are bundled and tree-shaken (date-fns alone is hundreds of files
 * when Node resolves it at run time); only the native better-sqlite3 stays a require.
 */
export default defineConfig({
  build: {
    ssr: resolve('src/host/cli.ts'),
    outDir: 'out/host',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rolldownOptions: { output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
  ssr: { noExternal: true, external: ['better-sqlite3'] },
});
