import { resolve, sep } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * How the renderer's code is cut into files for a fast first paint (issue 8). The entry (main.ts)
 * sends its first request and only then imports the app (app/start.ts), so that the request leaves
 * before the app's code is evaluated. Two things keep that second step from costing a round trip
 * per file: the app's code is one chunk ("app") rather than a dozen small ones, since a browser
 * opens only six connections to the host and each extra file waits its turn; and the page links
 * that chunk (and what it imports) for the browser to fetch alongside the entry.
 */

const ENTRY = resolve('src/renderer/main.ts');
const APP = resolve('src/renderer/app/start.ts');
/** Imports each view dynamically: its dynamic imports are the views' own chunks. */
const VIEW_LOADERS = resolve('src/renderer/app/view-loaders.ts');
const SOURCES = resolve('src');

/**
 * The contract's schema library. Nothing the window runs at start may import it: a module of schemas
 * builds all of them when it is evaluated, and the contract's took ~100 ms of script before the first
 * view could draw (issue 21). Views that validate (Settings, Insights) load it with their own chunks.
 */
const SCHEMAS = /node_modules[\\/]valibot[\\/]/;

/**
 * Plain code (not components) in src/ that two or more views import and all of whose own imports are
 * `settled` (loaded anyway) or are such code too. Left to the automatic splitting, each module shared
 * by a different set of views became a file of its own, most under 2 kB: a Person page asked for
 * eleven files at once where the browser opens six connections to the host, so its first answers
 * waited their turn (issue 21). Grouped, a view needs its own chunk and one or two more.
 */
export function sharedByViews(viewsReach: readonly ReadonlySet<string>[], importsOf: (id: string) => readonly string[], settled: (id: string) => boolean): Set<string> {
  const views = new Map<string, number>();
  for (const reach of viewsReach) for (const id of reach) views.set(id, (views.get(id) ?? 0) + 1);
  const plain = (id: string) => id.startsWith(SOURCES + sep) && id.endsWith('.ts') && !id.includes('node_modules');
  const chosen = new Set([...views].filter(([id, n]) => n >= 2 && !settled(id) && plain(id)).map(([id]) => id));
  // Dropping one may strand another that imports it: repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of chosen) {
      if (importsOf(id).every((imported) => settled(imported) || chosen.has(imported))) continue;
      chosen.delete(id);
      changed = true;
    }
  }
  return chosen;
}

/** Schema modules that several views share, filled with the app's modules (`appChunk`). */
const schemaModules = new Set<string>();

/** Whether a module belongs in the "schemas" chunk: valibot and the schema modules views share. */
export function inSchemasChunk(id: string): boolean {
  return SCHEMAS.test(id) || schemaModules.has(id);
}

/** The modules the app needs beyond the entry's, filled once the module graph is known. */
const appModules = new Set<string>();

/** Whether a module belongs in the "app" chunk; asked while chunks are made, after `appChunk` ran. */
export function inAppChunk(id: string): boolean {
  return appModules.has(id);
}

/**
 * Finds the modules app/start.ts imports statically, less those the entry already has and the
 * libraries with chunks of their own (Svelte, date-fns). Views are imported dynamically, so they
 * and what only they use stay in their own chunks. The shared components (`shared`, which nearly
 * every view uses) join the chunk with what they import: a module imported only by a component the
 * app does not use at start (TaskProgress's long-task) would otherwise land in the first view's
 * chunk that uses it, and the app chunk would import that whole view (Settings, 60 kB) at start.
 */
export function appChunk(ownChunks: RegExp, shared: RegExp): Plugin {
  return {
    name: 'tend-app-chunk',
    apply: 'build',
    buildEnd() {
      const reach = (from: string): Set<string> => {
        const seen = new Set<string>();
        const visit = (id: string): void => {
          if (seen.has(id)) return;
          seen.add(id);
          for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
        };
        visit(from);
        return seen;
      };
      const entry = reach(ENTRY);
      if (entry.size <= 1) throw new Error(`appChunk: ${ENTRY} is not in the build`);
      appModules.clear();
      const roots = [APP, ...[...this.getModuleIds()].filter((id) => shared.test(id))];
      for (const root of roots) for (const id of reach(root)) if (!entry.has(id) && !ownChunks.test(id)) appModules.add(id);
      const viewRoots = this.getModuleInfo(VIEW_LOADERS)?.dynamicallyImportedIds ?? [];
      if (viewRoots.length === 0) throw new Error(`appChunk: ${VIEW_LOADERS} imports no views`);
      const viewsReach = viewRoots.map(reach);
      const importsOf = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const atStart = (id: string) => entry.has(id) || appModules.has(id) || ownChunks.test(id);
      // Small plain code the views share joins the app chunk; what needs valibot, a chunk with it.
      for (const id of sharedByViews(viewsReach, importsOf, atStart)) appModules.add(id);
      schemaModules.clear();
      for (const id of sharedByViews(viewsReach, importsOf, (id) => atStart(id) || SCHEMAS.test(id))) schemaModules.add(id);
      const schemas = [...entry, ...appModules].find((id) => SCHEMAS.test(id));
      if (schemas) throw new Error(`appChunk: the window's start code imports valibot (${schemas}); import the constants it needs from a module without schemas (src/shared/settings-defaults.ts)`);
    },
  };
}

/** Links the app chunk's files (scripts and styles) from index.html, so they download with the entry. */
export function preloadApp(): Plugin {
  return {
    name: 'tend-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return [];
        const start = Object.values(bundle).find((c) => c.type === 'chunk' && c.moduleIds.includes(APP));
        if (!start || start.type !== 'chunk') throw new Error(`preloadApp: no chunk for ${APP}`);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string): void => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || scripts.has(fileName)) return;
          scripts.add(fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const imported of chunk.imports) visit(imported);
        };
        visit(start.fileName);
        // What the entry imports statically, Vite links already.
        const linked = new Set([entry.fileName, ...entry.imports, ...(entry.viteMetadata?.importedCss ?? [])]);
        // Fetched, not used: importing the app applies the stylesheets and evaluates the scripts. The
        // scripts are modulepreloaded, not prefetched (issue 21): a prefetched file is asked for again
        // when imported, from the cache but behind the host's answer to the first reads, and only then
        // compiled; preloaded, the module is ready when the entry imports it. Measured on #/today: the
        // three were each fetched a second time 10–80 ms after the reads were answered, and are not now.
        const link = (file: string): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: file.endsWith('.css') ? { rel: 'preload', as: 'style', href: `./${file}`, crossorigin: true } : { rel: 'modulepreload', href: `./${file}`, crossorigin: true },
          injectTo: 'head',
        });
        return [...scripts, ...styles].filter((file) => !linked.has(file)).map(link);
      },
    },
  };
}
