/// <reference lib="dom" />
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clockStartingAt } from '../src/core/clock';
import { buildRenderer, rendererNeedsBuild } from '../src/host/renderer-build';
import { builtFirstScreen } from '../src/host/first-screen-build';
import { buildHost, hostNeedsBuild } from '../scripts/host-build.mjs';
import { startWebHost, type WebHost } from '../src/host/server';
import { chromiumLaunchOptions } from '../tests/fixtures/chromium';
import { BENCH_NOW, dataset, type Dataset } from './datasets';
import { summarise, type Sample } from './measure';
import { ratio, type Row } from './report';

const STATIC_PAGE = 'bench-static.html';
const STATIC_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static</title></head>
<body><main><h1>People</h1><ul aria-label="Your team"><li>Priya Raman</li></ul></main></body></html>`;

/** Selectors for "visible content", the same landmarks the e2e page objects wait for. */
const VISIBLE = {
  static: ['main h1', 'main li'],
  today: ['main h1', 'section[aria-labelledby="today-team-heading"] li'],
  people: ['main h1', 'ul[aria-label="Your team"] li'],
  person: ['#person-page-title', 'article.entry'],
  prep: ['main h1', 'main section h2'],
  journal: ['main h1', 'main textarea'],
  // A person's row of the rhythm panel: the answer has arrived and been drawn, not only the frame.
  // Not the weekly chart's: the browser teams log no time, so that panel shows its empty words.
  insights: ['main h1', '[data-panel="rhythm"] [data-person]'],
};

/** Issue 21: no view holds more than this many elements once it has settled, whatever the team's size. */
const DOM_NODE_BUDGET = 3_000;

/**
 * Runs in the page from its first byte: records `performance.now()` when every selector matches a
 * visible element (checked on each DOM mutation and each frame), and when the code and answers it
 * had by then had arrived.
 * Plain text rather than a function: tsx would wrap a function's inner helpers in a `__name()` the
 * page does not have.
 */
function watchInPage(selectors: string[]): string {
  return `(() => {
    const selectors = ${JSON.stringify(selectors)};
    const real = performance;
    const now = () => real.now();
    const resources = () => real.getEntriesByType('resource');
    const isVisible = (s) => {
      const el = document.querySelector(s);
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    // Boxes are read only once every selector matches: reading one forces a layout, and doing that on
    // each mutation while the page is still being built would add work the page itself never does.
    const check = () => {
      if (window.__visibleAt !== undefined || !selectors.every((s) => document.querySelector(s))) return;
      if (!selectors.every(isVisible)) return;
      window.__visibleAt = now();
      // When the last script, style sheet or answer the page had by then arrived (each file's first
      // download: a prefetched script is asked for again, from the cache, when it is imported).
      const arrived = new Map();
      for (const r of resources()) {
        const needed = r.name.endsWith('.js') || r.name.endsWith('.css') || r.name.includes('/api/');
        if (!needed || r.responseEnd > window.__visibleAt) continue;
        arrived.set(r.name, Math.min(arrived.get(r.name) ?? Infinity, r.responseEnd));
      }
      window.__arrivedAt = Math.max(0, ...arrived.values());
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
    const frame = () => {
      check();
      if (window.__visibleAt === undefined) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })();`;
}

interface Visit {
  visibleAt: number;
  arrivedAt: number;
  domNodes: number;
  page: Page;
  context: BrowserContext;
}

async function visit(browser: Browser, url: string, selectors: string[]): Promise<Visit> {
  // A fresh context per visit: a cold cache and no state left by the previous one.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'America/New_York' });
  const page = await context.newPage();
  // Added before the clock is pinned, so it runs first and keeps the browser's own performance.now:
  // the pinned clock's stand-in counts whole milliseconds from its own start.
  await page.addInitScript({ content: watchInPage(selectors) });
  await page.clock.setFixedTime(BENCH_NOW);
  await page.goto(url, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => (window as unknown as { __visibleAt?: number }).__visibleAt !== undefined, undefined, { timeout: 30_000 });
  } catch (error) {
    const missing = await page.evaluate(`${JSON.stringify(selectors)}.filter((s) => !document.querySelector(s))`).catch(() => selectors) as string[];
    await context.close();
    throw new Error(`${url} showed no ${missing.join(', ') || 'visible ' + selectors.join(', ')} in 30 s`, { cause: error });
  }
  const { visibleAt, arrivedAt, domNodes } = await page.evaluate(() => {
    const w = window as unknown as { __visibleAt: number; __arrivedAt: number };
    return { visibleAt: w.__visibleAt, arrivedAt: w.__arrivedAt, domNodes: document.getElementsByTagName('*').length };
  });
  return { visibleAt, arrivedAt, domNodes, page, context };
}

/** Script evaluated before the app's first API call: CDP's ScriptDuration read as that request leaves. */
async function scriptBeforeFirstCall(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(BENCH_NOW);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const measured = new Promise<number>((done) => {
      let asked = false;
      page.on('request', (request) => {
        if (asked || !request.url().includes('/api/') || request.url().includes('/api/events')) return;
        asked = true;
        // The renderer answers after the task that made the call: the figure includes all of that task.
        void cdp.send('Performance.getMetrics').then(({ metrics }) => done((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000));
      });
    });
    await page.goto(url);
    return await measured;
  } finally {
    await context.close();
  }
}

async function heapAfterOpening(browser: Browser, url: string): Promise<number> {
  const seen = await visit(browser, url, VISIBLE.person);
  try {
    const cdp = await seen.context.newCDPSession(seen.page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1_000_000;
  } finally {
    await seen.context.close();
  }
}

/**
 * Scrolls the timeline to its end, each frame, until at least `items` are loaded: a page of 50
 * arrives as the end comes near. The rows are drawn in index order, so the last one drawn at the
 * end is the last loaded. (A function, not a string: the page's CSP refuses eval.)
 */
async function loadTimeline(page: Page, items: number): Promise<void> {
  await page.waitForFunction(
    (wanted: number) => {
      const main = document.getElementById('main-content')!;
      main.scrollTop = main.scrollHeight;
      const rows = document.querySelectorAll('.list .row[data-index]');
      return rows.length > 0 && Number(rows[rows.length - 1]!.getAttribute('data-index')) + 1 >= wanted;
    },
    items,
    { timeout: 120_000, polling: 'raf' },
  );
}

/**
 * Opens a Person page and loads `items` of its timeline, then saves one note for that person
 * through the API (as another window would) and counts the calls the page makes to catch up: they
 * should not grow with what is loaded.
 */
async function refreshAfterSave(browser: Browser, host: WebHost, personId: string, items: number): Promise<{ requests: number; ms: number }> {
  const seen = await visit(browser, `${host.url}#/people/${personId}`, VISIBLE.person);
  try {
    await loadTimeline(seen.page, items);
    let requests = 0;
    let lastAt = 0;
    const started = performance.now();
    // Settled once no call has started or finished for half a second (a timer re-armed by each event).
    let settle: () => void = () => {};
    const settled = new Promise<void>((done) => (settle = done));
    let quiet = setTimeout(settle, 500);
    const rearm = () => {
      clearTimeout(quiet);
      quiet = setTimeout(settle, 500);
    };
    seen.page.on('request', (request) => {
      if (!request.url().includes('/api/') || request.url().includes('/api/events')) return;
      requests++;
      rearm();
    });
    seen.page.on('requestfinished', () => {
      lastAt = performance.now();
      rearm();
    });
    const saved = await fetch(`http://127.0.0.1:${host.port}/api/notes.save`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ personId, kind: 'observation', body: 'Saved while the page was open.' }),
    });
    if (!((await saved.json()) as { ok: boolean }).ok) throw new Error('notes.save failed');
    rearm();
    await settled;
    return { requests, ms: Math.max(0, lastAt - started) };
  } finally {
    await seen.context.close();
  }
}

/** "118 ms (×2.4 the static page)": how much of the time to visible was spent before drawing could start. */
function arrivedNote(arrived: Sample, staticPage: Sample): string {
  return `${arrived.median.toFixed(0)} ms (×${ratio(arrived, staticPage).toFixed(2)} the static page)`;
}

/**
 * Saves the view's first screen as a plain page in `rendererDir` (its scripts removed, its style
 * sheets kept), served then by the same host: the time a view drawn ahead of time would take to
 * show, which no script that draws the view in the browser can beat.
 */
async function saveFirstScreen(browser: Browser, url: string, selectors: string[], rendererDir: string, file: string): Promise<void> {
  const seen = await visit(browser, url, selectors);
  try {
    const html = await seen.page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      for (const node of copy.querySelectorAll('script, link[rel="modulepreload"], link[rel="prefetch"]')) node.remove();
      return `<!doctype html>\n${copy.outerHTML}`;
    });
    writeFileSync(join(rendererDir, file), html);
  } finally {
    await seen.context.close();
  }
}

/** Elements in the page once nothing has changed for half a second (the rest of a long list drawn, idle work done). */
async function nodesOnceSettled(page: Page): Promise<number> {
  // As text: tsx names the inner arrow with its `__name` helper, which the page does not have.
  return page.evaluate<number>(`new Promise((done) => {
    let quiet;
    const observer = new MutationObserver(() => settle());
    function settle() {
      clearTimeout(quiet);
      quiet = setTimeout(() => {
        observer.disconnect();
        done(document.getElementsByTagName('*').length);
      }, 500);
    }
    observer.observe(document, { childList: true, subtree: true });
    settle();
  })`);
}

/**
 * Runs in the page: the time of the last key pressed, and when the Search view first shows an answer
 * to `words` (its status carries `data-answered`) and the frame after that, which draws it.
 */
const KEYS_AND_ANSWERS = `(() => {
  window.__keyAt = 0;
  window.__drawnAt = new Map();
  const now = () => performance.now();
  addEventListener('keydown', () => { window.__keyAt = now(); }, true);
  const seen = () => {
    const words = document.getElementById('search-status')?.dataset.answered;
    if (words === undefined || window.__drawnAt.has(words)) return;
    window.__drawnAt.set(words, 0);
    requestAnimationFrame(() => window.__drawnAt.set(words, now()));
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-answered'] });
  // The palette's field taking focus is it being open.
  window.__paletteAt = 0;
  addEventListener('focusin', (event) => {
    if (event.target?.getAttribute?.('role') !== 'combobox') return;
    requestAnimationFrame(() => { window.__paletteAt = now(); });
  }, true);
})();`;

interface KeyTimes {
  __keyAt: number;
  __drawnAt: Map<string, number>;
  __paletteAt: number;
}

/**
 * Issue 17: `promo` typed into Search one letter at a time, each letter's results drawn before the
 * next: from the key to the frame that draws its answer, over every letter of every run.
 */
export async function typingInSearch(browser: Browser, host: WebHost, runs: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'America/New_York' });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: KEYS_AND_ANSWERS });
    await page.clock.setFixedTime(BENCH_NOW);
    await page.goto(`${host.url}#/search`);
    const box = page.locator('#search-input');
    const answered = (words: string) =>
      page.waitForFunction((w) => ((window as unknown as KeyTimes).__drawnAt.get(w) ?? 0) > 0, words, { timeout: 30_000 });
    const times: number[] = [];
    // One untimed run first: the host's statements prepared, the page's code warm.
    for (let run = -1; run < runs; run++) {
      await box.fill('');
      await answered('');
      await box.focus();
      let typed = '';
      for (const letter of 'promo') {
        typed += letter;
        await page.evaluate(() => (window as unknown as KeyTimes).__drawnAt.clear());
        await page.keyboard.press(letter);
        await answered(typed);
        const took = await page.evaluate((w) => {
          const t = window as unknown as KeyTimes;
          return t.__drawnAt.get(w)! - t.__keyAt;
        }, typed);
        if (run >= 0) times.push(took);
      }
    }
    return times;
  } finally {
    await context.close();
  }
}

/** Issue 17: Ctrl+K on Today, from the key to the frame that draws the palette with its field focused. */
export async function paletteOpening(browser: Browser, host: WebHost, runs: number): Promise<number[]> {
  const seen = await visit(browser, `${host.url}#/today`, VISIBLE.today);
  try {
    await seen.page.addInitScript({ content: KEYS_AND_ANSWERS });
    await seen.page.reload();
    await seen.page.locator(VISIBLE.today[1]!).first().waitFor();
    const field = seen.page.getByRole('combobox', { name: 'Find a person, an action or anything you wrote' });
    const times: number[] = [];
    for (let run = -1; run < runs; run++) {
      await seen.page.evaluate(() => ((window as unknown as KeyTimes).__paletteAt = 0));
      await seen.page.keyboard.press('Control+k');
      await seen.page.waitForFunction(() => (window as unknown as KeyTimes).__paletteAt > 0, undefined, { timeout: 30_000 });
      const took = await seen.page.evaluate(() => {
        const t = window as unknown as KeyTimes;
        return t.__paletteAt - t.__keyAt;
      });
      if (run >= 0) times.push(took);
      await seen.page.keyboard.press('Escape');
      await field.waitFor({ state: 'hidden' });
    }
    return times;
  } finally {
    await seen.context.close();
  }
}

function startHost(data: Dataset, rendererDir: string): Promise<WebHost> {
  return startWebHost({ dataDir: data.dataDir, rendererDir, appVersion: 'bench', clock: clockStartingAt(BENCH_NOW), firstScreen: builtFirstScreen(resolve('.')) });
}

/** Chromium (the e2e tests' launch options): time to visible content of each view against a static page on the same host. */
export async function benchBrowser(quick: boolean): Promise<Row[]> {
  const projectRoot = resolve('.');
  if (rendererNeedsBuild(projectRoot)) buildRenderer(projectRoot);
  // The Person page's first screen is drawn from the built host's components (first-screen-build.ts).
  if (hostNeedsBuild(projectRoot)) await buildHost(projectRoot);
  // The built renderer plus one static page, served by the same host with the same headers.
  const rendererDir = mkdtempSync(join(tmpdir(), 'tend-bench-renderer-'));
  cpSync(join(projectRoot, 'out', 'renderer'), rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, STATIC_PAGE), STATIC_HTML);

  const small = await dataset('1×');
  const large = await dataset('10×');
  const alone = await dataset('alone');
  const hosts = {
    small: await startHost(small, rendererDir),
    large: await startHost(large, rendererDir),
    alone: await startHost(alone, rendererDir),
  };
  const browser = await chromium.launch(chromiumLaunchOptions);
  const at = (host: WebHost, hash: string) => `${host.url}${hash}`;
  const staticUrl = (host: WebHost, file = STATIC_PAGE) => `http://127.0.0.1:${host.port}/${file}`;
  try {
    await saveFirstScreen(browser, at(hosts.small, '#/today'), VISIBLE.today, rendererDir, 'bench-today-first-screen.html');
    await saveFirstScreen(browser, at(hosts.small, `#/people/${small.focusId}`), VISIBLE.person, rendererDir, 'bench-person-first-screen.html');
    const targets = {
      static: [staticUrl(hosts.small), VISIBLE.static],
      todayFirstScreen: [staticUrl(hosts.small, 'bench-today-first-screen.html'), VISIBLE.today],
      personFirstScreen: [staticUrl(hosts.small, 'bench-person-first-screen.html'), VISIBLE.person],
      today: [at(hosts.small, '#/today'), VISIBLE.today],
      people60: [at(hosts.small, '#/people'), VISIBLE.people],
      people600: [at(hosts.large, '#/people'), VISIBLE.people],
      person2k: [at(hosts.small, `#/people/${small.focusId}`), VISIBLE.person],
      person20k: [at(hosts.large, `#/people/${large.focusId}`), VISIBLE.person],
      personAlone: [at(hosts.alone, `#/people/${alone.focusId}`), VISIBLE.person],
      today600: [at(hosts.large, '#/today'), VISIBLE.today],
      prep60: [at(hosts.small, `#/prep/${small.focusId}`), VISIBLE.prep],
      prep600: [at(hosts.large, `#/prep/${large.focusId}`), VISIBLE.prep],
      journal60: [at(hosts.small, '#/journal'), VISIBLE.journal],
      journal600: [at(hosts.large, '#/journal'), VISIBLE.journal],
      insights60: [at(hosts.small, '#/insights'), VISIBLE.insights],
      insights600: [at(hosts.large, '#/insights'), VISIBLE.insights],
    } as const;
    type Target = keyof typeof targets;
    const times = Object.fromEntries(Object.keys(targets).map((k) => [k, [] as number[]])) as Record<Target, number[]>;
    const arrivals = Object.fromEntries(Object.keys(targets).map((k) => [k, [] as number[]])) as Record<Target, number[]>;
    const nodes: Partial<Record<Target, number>> = {};
    const settledNodes: Partial<Record<Target, number>> = {};
    const runs = quick ? 3 : 7;
    // One untimed pass warms the OS file cache and the host's statement cache.
    for (let run = -1; run < runs; run++) {
      for (const [name, [url, selectors]] of Object.entries(targets) as [Target, (typeof targets)[Target]][]) {
        const seen = await visit(browser, url, [...selectors]);
        if (run >= 0) {
          times[name].push(seen.visibleAt);
          arrivals[name].push(seen.arrivedAt);
        }
        nodes[name] = seen.domNodes;
        if (run === runs - 1) settledNodes[name] = await nodesOnceSettled(seen.page);
        await seen.context.close();
      }
    }
    const s = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, summarise(v)])) as Record<Target, Sample>;
    const scripts: number[] = [];
    for (let run = 0; run < runs; run++) scripts.push(await scriptBeforeFirstCall(browser, targets.today[0]));
    const heap2k = await heapAfterOpening(browser, targets.person2k[0]);
    const refresh = await refreshAfterSave(browser, hosts.small, small.focusId, 50);
    const refreshDeep = await refreshAfterSave(browser, hosts.large, large.focusId, 5_000);
    const heap20k = await heapAfterOpening(browser, targets.person20k[0]);
    const typing = summarise(await typingInSearch(browser, hosts.large, quick ? 3 : 10));
    const palette = summarise(await paletteOpening(browser, hosts.large, quick ? 5 : 20));

    const staticBaseline = { what: 'static page, same host', value: s.static };
    const visible = (what: string, sample: Sample, target: Target): Row => ({
      part: 'browser',
      what: `${what} → visible`,
      unit: 'ms',
      value: sample,
      baseline: staticBaseline,
      goal: '≤ 3× a static page',
      pass: ratio(sample, s.static) <= 3,
      note: `${nodes[target]?.toLocaleString('en-US')} DOM nodes; its code and data were in at ${arrivedNote(summarise(arrivals[target]), s.static)}`,
    });
    const script = summarise(scripts);
    const refreshRow = (loaded: string, measured: { requests: number; ms: number }): Row => ({
      part: 'browser',
      what: `refresh after one save on a Person page, ${loaded}`,
      unit: 'requests',
      value: measured.requests,
      goal: '≤ 2 requests whatever is loaded',
      pass: measured.requests <= 2,
      note: `caught up ${measured.ms.toFixed(0)} ms after the save was sent`,
    });
    // Issue 18: Insights reaches visible within 1.5× the Today view's time, on the same team.
    const againstToday = (what: string, target: Target, today: Target): Row => ({
      part: 'browser',
      what: `Insights (${what}) → visible, against Today`,
      unit: 'ms',
      value: s[target],
      baseline: { what: `Today (${what})`, value: s[today] },
      goal: '≤ 1.5× Today',
      pass: ratio(s[target], s[today]) <= 1.5,
      note: `${nodes[target]?.toLocaleString('en-US')} DOM nodes; its code and data were in at ${arrivedNote(summarise(arrivals[target]), s.static)}`,
    });
    const firstScreen = (what: string, sample: Sample, target: Target): Row => ({
      part: 'browser',
      what: `${what}, its first screen as a plain page → visible`,
      unit: 'ms',
      value: sample,
      baseline: staticBaseline,
      goal: 'none: what a view drawn ahead of time (prerendered or by the host) would reach',
      pass: null,
      note: `the view as the app drew it (${nodes[target]?.toLocaleString('en-US')} DOM nodes), without its scripts`,
    });
    return [
      visible('Today (60 people)', s.today, 'today'),
      visible('People, 60', s.people60, 'people60'),
      visible('People, 600', s.people600, 'people600'),
      {
        part: 'browser',
        what: 'People, 600 against 60',
        unit: 'ms',
        value: s.people600,
        baseline: { what: 'People, 60', value: s.people60 },
        goal: '600 costs ≤ 1.25× 60',
        pass: ratio(s.people600, s.people60) <= 1.25,
      },
      visible('Person page, 2,000 notes', s.person2k, 'person2k'),
      visible('Person page, 20,000 notes', s.person20k, 'person20k'),
      firstScreen('Today', s.todayFirstScreen, 'todayFirstScreen'),
      firstScreen('Person page (2,000 notes)', s.personFirstScreen, 'personFirstScreen'),
      visible('Today (600 people)', s.today600, 'today600'),
      visible('Prep, a person at 1×', s.prep60, 'prep60'),
      visible('Prep, a person at 10×', s.prep600, 'prep600'),
      visible('Journal at 1×', s.journal60, 'journal60'),
      visible('Journal at 10×', s.journal600, 'journal600'),
      againstToday('60 people', 'insights60', 'today'),
      againstToday('600 people', 'insights600', 'today600'),
      {
        part: 'browser',
        what: 'Person page (20,000 notes) in a folder of 600 people against the same page alone',
        unit: 'ms',
        value: s.person20k,
        baseline: { what: 'the same person alone in a folder', value: s.personAlone },
        goal: '≤ 1.1× the page alone',
        pass: ratio(s.person20k, s.personAlone) <= 1.1,
      },
      ...(
        [
          ['today600', 'Today'],
          ['people600', 'People'],
          ['person20k', 'Person page (20,000 notes)'],
          ['prep600', 'Prep'],
          ['journal600', 'Journal'],
        ] as const
      ).map(
        ([target, view]): Row => ({
          part: 'browser',
          what: `DOM nodes once settled, ${view} at 10×`,
          unit: 'nodes',
          value: settledNodes[target] ?? NaN,
          goal: `≤ ${DOM_NODE_BUDGET.toLocaleString('en-US')} at 10×`,
          pass: (settledNodes[target] ?? Infinity) <= DOM_NODE_BUDGET,
        }),
      ),
      {
        part: 'browser',
        what: 'script evaluation before the first API call (Today)',
        unit: 'ms',
        value: script,
        goal: '≤ 60 ms',
        pass: script.median <= 60,
      },
      refreshRow('first 50 items loaded', refresh),
      refreshRow('5,000 items loaded (scrolled to)', refreshDeep),
      {
        part: 'browser',
        what: 'typing `promo` into Search one letter at a time, 600 people: each key to its results drawn',
        unit: 'ms',
        value: typing,
        goal: 'p95 ≤ 50 ms',
        pass: typing.p95 <= 50,
      },
      {
        part: 'browser',
        what: 'Ctrl+K on Today, 600 people: the key to the palette drawn with its field focused',
        unit: 'ms',
        value: palette,
        goal: 'p95 ≤ 50 ms',
        pass: palette.p95 <= 50,
      },
      {
        part: 'browser',
        what: 'JS heap after opening the 20,000-note person',
        unit: 'MB',
        value: heap20k,
        baseline: { what: 'the 2,000-note person', value: heap2k },
        goal: '≤ 1.25× the 2,000-note person',
        pass: heap20k / heap2k <= 1.25,
      },
    ];
  } finally {
    await browser.close();
    await hosts.small.close();
    await hosts.large.close();
    await hosts.alone.close();
    rmSync(rendererDir, { recursive: true, force: true });
  }
}
