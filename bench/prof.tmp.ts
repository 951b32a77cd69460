import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { clockStartingAt } from '../src/core/clock';
import { openTend } from '../src/core/tend';
import { startWebHost } from '../src/host/server';
import { chromiumLaunchOptions } from '../tests/fixtures/chromium';
import { bulkNotes } from './dataset';
const NOW = new Date('2026-11-23T14:00:00Z');
async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'prof-'));
  const setup = await openTend({ dataDir, appVersion: 'bench', host: 'web', clock: clockStartingAt(NOW) });
  const saved = await setup.dispatch('people.save', { name: 'Priya Raman' });
  if (!saved.ok) throw new Error('x');
  setup.close();
  bulkNotes(join(dataDir, 'tend.sqlite'), saved.value.id, 2000);
  const host = await startWebHost({ dataDir, rendererDir: '/tmp/renderer-dev', appVersion: 'b', clock: clockStartingAt(NOW) });
  const browser = await chromium.launch(chromiumLaunchOptions);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${host.url}#/people/${saved.value.id}`);
  await page.getByRole('region', { name: /^Timeline/ }).getByRole('article').first().waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(`new Promise((done) => { const main = document.querySelector('main'); const start = performance.now(); let last = start;
    const step = (time) => { main.scrollTop += (2000 * (time - last)) / 1000; last = time; if (time - start < 12000) requestAnimationFrame(step); else done(); }; requestAnimationFrame(step); })`);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = profile.timeDeltas ?? [];
  const name = (id: number) => { const n = byId.get(id)!; return `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; };
  // find busy runs (non idle) 
  let run: number[] = []; let runMs = 0; const runs: { ms: number; samples: number[] }[] = [];
  profile.samples!.forEach((id, i) => { const idle = byId.get(id)!.callFrame.functionName === '(idle)'; if (idle) { if (runMs > 30) runs.push({ ms: runMs, samples: run }); run = []; runMs = 0; } else { run.push(id); runMs += (dt[i] ?? 0) / 1000; } });
  runs.sort((a, b) => b.ms - a.ms);
  for (const r of runs.slice(0, 4)) {
    console.log('=== busy run', r.ms.toFixed(0), 'ms');
    const incl = new Map<string, number>();
    for (const id of r.samples) { const seen = new Set<string>(); let cur: number | undefined = id; while (cur !== undefined) { const k = name(cur); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + 1); } cur = parent.get(cur); } }
    [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.log(String(v).padStart(5), k));
  }
  await browser.close(); await host.close();
}
void main();
