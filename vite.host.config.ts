import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { CONF_WITHOUT_AJV } from './scripts/conf-without-ajv';

/**
 * The web host (`npm run web`) built once to plain JavaScript, so it starts with `node` and no
 * TypeScript loader. Libraries are bundled and tree-shaken (date-fns alone is hundreds of files
 * when Node resolves it at run time); only the native better-sqlite3 stays a require. Minified and
 * ASCII-only because a cold start parses the whole file first: under half the bytes, and a one-byte
 * source string instead of a two-byte one (one "’" anywhere makes V8 hold all of it as UTF-16).
 *
 * CommonJS rather than an ES module: Node then requires its built-ins directly instead of building an
 * ES module facade of each (which reads every lazy export of `node:fs`, `node:process` …), and the host
 * can be compiled from V8's code cache. `cli.js` is that small loader (src/host/start.ts, code-cache.ts);
 * `host.js` is the host itself.
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/host',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: true,
    rolldownOptions: {
      input: { cli: resolve('src/host/start.ts'), host: resolve('src/host/cli.ts') },
      output: { format: 'cjs', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', charset: 'ascii' },
    },
  },
  // conf (the settings file) imports ajv at the top for JSON-schema validation, which Tend never asks of
  // it; a stub that throws if it ever is keeps ~145 kB out of what every start parses and runs.
  resolve: { alias: CONF_WITHOUT_AJV },
  plugins: [commonJsFolder(), firstScreenBuild()],
  ssr: { noExternal: true, external: ['better-sqlite3-multiple-ciphers'] },
});

/**
 * out/host/first-screen.js: the renderer's components compiled for Svelte's server renderer, with
 * it, which draw the Person page's first screen ahead of time (src/renderer/prerender/first-screen.ts,
 * issue 21). Built on its own, after the host, so that host.js neither holds nor shares any of it: a
 * start parses none of it (the host loads it at the first screen asked for), and a host run from
 * source (the bench, the end-to-end tests) loads this same file without running the CLI. The
 * components' styles come with the HTML (`injected`): the window shows it before its own style sheets.
 */
function firstScreenBuild(): Plugin {
  return {
    name: 'tend-first-screen-build',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [svelte({ configFile: resolve('svelte.config.js'), compilerOptions: { css: 'injected' } })],
        build: {
          ssr: true,
          outDir: 'out/host',
          emptyOutDir: false,
          target: 'node20',
          sourcemap: true,
          minify: true,
          rolldownOptions: {
            input: { 'first-screen': resolve('src/renderer/prerender/first-screen.ts') },
            output: { format: 'cjs', entryFileNames: '[name].js', codeSplitting: false, charset: 'ascii' },
          },
        },
        ssr: { noExternal: true },
      });
    },
  };
}

/** The project is `"type": "module"`; this package.json makes Node read out/host's `.js` files as CommonJS. */
function commonJsFolder(): Plugin {
  return {
    name: 'tend-host-commonjs-folder',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'package.json', source: `${JSON.stringify({ type: 'commonjs' })}\n` });
    },
  };
}
