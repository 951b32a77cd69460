import { chromium } from '@playwright/test';
import { resolve, join } from 'node:path';
import { mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { clockStartingAt } from '../src/core/clock';
import { startWebHost } from '../src/host/server';
import { chromiumLaunchOptions } from '../tests/fixtures/chromium';
import { BENCH_NOW, dataset } from './datasets';
async function main() {
  const small = await dataset('1×');
  const dir = mkdtempSync(join(tmpdir(), 'diag-'));
  cpSync(small.databaseFile, join(dir, 'tend.sqlite'));
  const host = await startWebHost({ dataDir: dir, rendererDir: resolve('out/renderer'), appVersion: 'd', clock: clockStartingAt(BENCH_NOW) });
  const browser = await chromium.launch(chromiumLaunchOptions);
  for (const hash of ['#/today', '#/today', '#/today']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(host.url + hash);
    await page.locator('section[aria-labelledby="today-team-heading"] li').first().waitFor();
    const vis = await page.evaluate(() => performance.now());
    await page.waitForTimeout(300);
    const entries = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.startTime < 1500).map((e) => `${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)} ${e.name.replace(location.origin, '').slice(0, 40)}`));
    const nav = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return `resp ${n.responseEnd.toFixed(0)} dcl ${n.domContentLoadedEventEnd.toFixed(0)}`; });
    const paint = await page.evaluate(() => performance.getEntriesByType('paint').map((p) => `${p.name} ${p.startTime.toFixed(0)}`).join(' '));
    console.log('==', hash, 'visible<=', vis.toFixed(0), nav, paint); for (const e of entries) console.log('  ', e);
    await context.close();
  }
  await browser.close(); await host.close();
}
void main();
