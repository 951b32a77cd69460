import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { clockStartingAt } from '../src/core/clock';
import { openTend } from '../src/core/tend';
import { startWebHost } from '../src/host/server';
import { chromiumLaunchOptions } from '../tests/fixtures/chromium';
import { bulkNotes } from './dataset';

/**
 * Issue 7 item 3: scrolling a 2,000-note timeline at ~2,000 px/s, then a fast flick, in the same
 * Chromium as the e2e tests against the built renderer (`npx electron-vite build` first).
 * Prints frame times (requestAnimationFrame deltas) and long tasks (PerformanceObserver
 * 'longtask'); the goal is no long task over 50 ms while scrolling.
 *
 *   npx tsx bench/timeline-scroll.ts [--notes 2000] [--seconds 12] [--renderer out/renderer]
 *
 * `--renderer` points at another build (e.g. a copy of the one before a change), to compare two
 * builds one after the other under the same load.
 */

const NOW = new Date('2026-11-23T14:00:00Z');
const SPEED_PX_PER_S = 2_000;
const LONG_TASK_MS = 50;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export interface ScrollPhase {
  frames: number[];
  longTasks: number[];
}

interface PhaseSummary {
  frames: number;
  p95: number;
  p99: number;
  over50: number;
  longTasks: number;
  longest: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarize(phase: ScrollPhase): PhaseSummary {
  const sorted = [...phase.frames].sort((a, b) => a - b);
  return {
    frames: sorted.length,
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    over50: sorted.filter((frame) => frame > LONG_TASK_MS).length,
    longTasks: phase.longTasks.length,
    longest: Math.max(0, ...phase.longTasks),
  };
}

/**
 * The in-page halves run as script text: the bench is type-checked as Node code (no DOM types),
 * and the text is what the page runs either way.
 */

/** Starts recording frame deltas and long tasks in the page; `stopRecording` hands them back. */
async function startRecording(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const state = { frames: [], longTasks: [], running: true, last: performance.now() };
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const tick = (time) => {
      state.frames.push(time - state.last);
      state.last = time;
      if (state.running) requestAnimationFrame(tick);
      else observer.disconnect();
    };
    requestAnimationFrame((time) => {
      state.last = time;
      requestAnimationFrame(tick);
    });
    window.__scrollBench = state;
  })()`);
}

async function stopRecording(page: Page): Promise<ScrollPhase> {
  // Long-task entries are delivered after the task; give the observer a moment to report the last one.
  return page.evaluate<ScrollPhase>(`new Promise((done) => setTimeout(() => {
    const state = window.__scrollBench;
    state.running = false;
    done({ frames: state.frames, longTasks: state.longTasks });
  }, 100))`);
}

/**
 * Steady scrolling: each animation frame moves the content area by speed × elapsed time (a wheel
 * step per frame would depend on how quickly the CDP round trip answers on a loaded machine).
 */
async function scrollSteadily(page: Page, seconds: number): Promise<number> {
  return page.evaluate<number>(`new Promise((done) => {
    const main = document.querySelector('main');
    const start = performance.now();
    let last = start;
    const step = (time) => {
      main.scrollTop += (${SPEED_PX_PER_S} * (time - last)) / 1000;
      last = time;
      if (time - start < ${seconds * 1000}) requestAnimationFrame(step);
      else done(main.scrollTop);
    };
    requestAnimationFrame(step);
  })`);
}

/** A fast flick: real wheel events, 30 of them 2,400 px each as fast as the browser takes them. */
async function flick(page: Page): Promise<void> {
  const box = await page.locator('main').boundingBox();
  if (!box) throw new Error('no <main> on the page');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 2_400);
  // Let the work the flick started (page loads, rendering) finish inside the recording.
  await page.waitForTimeout(1_500);
}

function line(label: string, summary: PhaseSummary): string {
  const verdict = summary.longest <= LONG_TASK_MS ? 'PASS' : 'MISS';
  return (
    `  ${label.padEnd(26)} frames ${String(summary.frames).padStart(4)}  p95 ${summary.p95.toFixed(1).padStart(6)} ms  ` +
    `p99 ${summary.p99.toFixed(1).padStart(6)} ms  >50 ms ${String(summary.over50).padStart(3)}  ` +
    `long tasks ${String(summary.longTasks).padStart(3)}, longest ${summary.longest.toFixed(0).padStart(4)} ms  ${verdict}`
  );
}

export async function benchTimelineScroll(
  notes = 2_000,
  seconds = 12,
  rendererDir = resolve('out/renderer'),
): Promise<{ steady: PhaseSummary; flick: PhaseSummary }> {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`No built renderer in ${rendererDir}: run \`npx electron-vite build\` first.`);
  const dataDir = mkdtempSync(join(tmpdir(), 'tend-bench-scroll-'));
  try {
    const setup = await openTend({ dataDir, appVersion: 'bench', host: 'web', clock: clockStartingAt(NOW) });
    const saved = await setup.dispatch('people.save', { name: 'Priya Raman' });
    if (!saved.ok) throw new Error(saved.error.message);
    const personId = saved.value.id;
    setup.close();
    bulkNotes(join(dataDir, 'tend.sqlite'), personId, notes);

    const host = await startWebHost({ dataDir, rendererDir, appVersion: 'bench', clock: clockStartingAt(NOW) });
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${host.url}#/people/${personId}`);
      await page.getByRole('region', { name: /^Timeline/ }).getByRole('article').first().waitFor();

      await startRecording(page);
      const scrolled = await scrollSteadily(page, seconds);
      const steady = summarize(await stopRecording(page));

      await startRecording(page);
      await flick(page);
      const flicked = summarize(await stopRecording(page));

      const loaded = await page.locator('main').evaluate((main) => main.scrollHeight);
      process.stdout.write(
        `\ntimeline scroll, ${notes.toLocaleString('en-US')} notes, ${SPEED_PX_PER_S} px/s for ${seconds} s ` +
          `(${Math.round(scrolled).toLocaleString('en-US')} px; list now ${loaded.toLocaleString('en-US')} px tall)\n`,
      );
      process.stdout.write(`${line('steady scroll', steady)}\n${line('fast flick (30 × 2,400 px)', flicked)}\n`);
      process.stdout.write(`  goal: no long task over ${LONG_TASK_MS} ms while scrolling at ${SPEED_PX_PER_S} px/s\n`);
      return { steady, flick: flicked };
    } finally {
      await browser.close();
      await host.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const renderer = process.argv.indexOf('--renderer');
  await benchTimelineScroll(option('notes', 2_000), option('seconds', 12), resolve(renderer >= 0 ? (process.argv[renderer + 1] ?? '') : 'out/renderer'));
}
