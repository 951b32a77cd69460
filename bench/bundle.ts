import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import config from '../electron.vite.config';
import type { Row } from './report';

/** A budget of our own (the issue names none): what the first paint may cost in JavaScript. */
const INITIAL_JS_BUDGET_KB = 150;
const VIEWS = ['TodayView', 'PeopleView', 'PersonView', 'JournalView', 'SearchView', 'InsightsView', 'SettingsView'];

const kB = (bytes: number) => bytes / 1000;

/**
 * The renderer built with the app's own configuration into a temp folder, then measured chunk by
 * chunk: minified and gzipped size, what loads before the first paint, which views load on demand,
 * and how many date-fns modules came along.
 */
export async function benchBundle(): Promise<Row[]> {
  const renderer = config.renderer;
  if (!renderer || typeof renderer === 'function') throw new Error('electron.vite.config.ts has no renderer section');
  const outDir = mkdtempSync(join(tmpdir(), 'tend-bench-bundle-'));
  try {
    const result = await build({
      ...renderer,
      configFile: false,
      logLevel: 'warn',
      build: { ...renderer.build, outDir, emptyOutDir: true },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunks = outputs.flatMap((o) => o.output).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
    const entry = chunks.find((c) => c.isEntry);
    if (!entry) throw new Error('no entry chunk in the renderer build');

    /** A chunk and every chunk it imports statically, at any depth. */
    const withStaticImports = (fileName: string, into = new Set<string>()): Set<string> => {
      if (into.has(fileName)) return into;
      into.add(fileName);
      for (const imported of chunks.find((c) => c.fileName === fileName)?.imports ?? []) withStaticImports(imported, into);
      return into;
    };
    // What the browser fetches before the app can paint: the entry and everything it imports statically.
    const initial = withStaticImports(entry.fileName);
    // What the app loads at start whatever the route: that, then app/start.ts (which the entry imports
    // once its first request has left) and its static imports. No view's chunk belongs in it.
    const starter = chunks.find((c) => Object.keys(c.modules).some((id) => /src[\\/]renderer[\\/]app[\\/]start\.ts$/.test(id)));
    if (!starter) throw new Error('no chunk holds src/renderer/app/start.ts');
    const atStart = withStaticImports(starter.fileName, new Set(initial));
    const viewsAtStart = VIEWS.filter((view) => chunks.some((c) => atStart.has(c.fileName) && Object.keys(c.modules).some((id) => id.endsWith(`/${view}.svelte`))));

    const rows: Row[] = [];
    let total = 0;
    let initialBytes = 0;
    for (const chunk of [...chunks].sort((a, b) => b.code.length - a.code.length)) {
      const bytes = Buffer.byteLength(chunk.code);
      total += bytes;
      if (initial.has(chunk.fileName)) initialBytes += bytes;
      const dateFns = Object.keys(chunk.modules).filter((id) => id.includes('node_modules/date-fns/')).length;
      rows.push({
        part: 'bundle',
        what: `chunk ${chunk.fileName.replace(/^assets\//, '')}${initial.has(chunk.fileName) ? ' (before first paint)' : ' (on demand)'}`,
        unit: 'kB',
        value: kB(bytes),
        goal: '—',
        pass: null,
        note: `${kB(gzipSync(chunk.code).length).toFixed(1)} kB gzip, ${Object.keys(chunk.modules).length} modules${dateFns ? `, ${dateFns} from date-fns` : ''}`,
      });
    }
    const lines = entry.code.split('\n').length;
    const dateFnsModules = new Set(chunks.flatMap((c) => Object.keys(c.modules).filter((id) => id.includes('node_modules/date-fns/'))));
    // parse() brings a parser per token and every locale's match patterns: the weight "per function" avoids.
    const parserModules = [...dateFnsModules].filter((id) => /date-fns\/parse\//.test(id)).length;
    const locales = [...dateFnsModules].filter((id) => /date-fns\/locale\/[^/_]+\.js$/.test(id)).length;
    const lazyViews = VIEWS.filter((view) => chunks.some((c) => !initial.has(c.fileName) && Object.keys(c.modules).some((id) => id.endsWith(`/${view}.svelte`))));
    rows.push(
      {
        part: 'bundle',
        what: 'renderer JS, minified',
        unit: 'kB',
        value: kB(total),
        goal: 'minified',
        // A minified chunk is a handful of very long lines.
        pass: entry.code.length / lines > 1_000,
        note: `${lines} lines in the entry chunk`,
      },
      {
        part: 'bundle',
        what: 'JS before the first paint (entry + its static imports)',
        unit: 'kB',
        value: kB(initialBytes),
        goal: `≤ ${INITIAL_JS_BUDGET_KB} kB (our budget)`,
        pass: kB(initialBytes) <= INITIAL_JS_BUDGET_KB,
      },
      {
        part: 'bundle',
        what: 'JS the app loads at start, before any view (the above, then app/start.ts and its static imports)',
        unit: 'kB',
        value: kB(chunks.filter((c) => atStart.has(c.fileName)).reduce((sum, c) => sum + Buffer.byteLength(c.code), 0)),
        goal: "no view's chunk among them",
        pass: viewsAtStart.length === 0,
        note: viewsAtStart.length ? `brings ${viewsAtStart.join(', ')}` : `${atStart.size} chunks`,
      },
      {
        part: 'bundle',
        what: 'views loaded on demand',
        unit: 'count',
        value: lazyViews.length,
        goal: `split by view: ${VIEWS.length - 1} of ${VIEWS.length} (all but the first)`,
        pass: lazyViews.length >= VIEWS.length - 1,
        note: lazyViews.length ? lazyViews.join(', ') : 'every view is in the initial JS (App.svelte imports them statically)',
      },
      {
        part: 'bundle',
        what: 'date-fns modules in the bundle',
        unit: 'count',
        value: dateFnsModules.size,
        goal: 'per function: no parse() parsers',
        pass: parserModules === 0,
        note: `${parserModules} of them are parse() parsers; ${locales} locales`,
      },
    );
    return rows;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
