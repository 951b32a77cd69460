import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { clockStartingAt } from '../../src/core/clock';
import { startWebHost, type WebHost } from '../../src/host/server';

/** Every e2e test sees the same "now": Monday 23 November 2026, 09:00 in New York. */
export const FIXED_NOW = new Date('2026-11-23T14:00:00.000Z');

const RENDERER_DIR = resolve('out/renderer');

export interface TestHost {
  /** The current host; replaced by `restart()`. */
  readonly current: WebHost;
  readonly dataDir: string;
  /**
   * Stops the host (closing the DB) and starts a fresh one on the same data folder: on a new port,
   * or with `samePort` on the old one (as `npm run web -- --port N` does), where an open tab's old
   * token is refused.
   */
  restart(options?: { samePort?: boolean }): Promise<WebHost>;
}

/** Lets one test expect a console line it causes on purpose; every other error or warning fails it. */
export interface ConsoleWatch {
  /** `why` is for the reader: each allowance says why the line is unavoidable. */
  allow(pattern: RegExp, why: string): void;
}

export const test = base.extend<{ host: TestHost; consoleWatch: ConsoleWatch }>({
  // The console stays clean in every test (issue 7): any error or warning logged, or an uncaught
  // error, fails the test that caused it, after it has run.
  consoleWatch: [
    async ({ page }, use) => {
      const logged: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') logged.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => logged.push(`uncaught: ${error.message}`));
      await use({ allow: (pattern) => void allowed.push(pattern) });
      expect(logged.filter((line) => !allowed.some((pattern) => pattern.test(line))), 'console errors and warnings').toEqual([]);
    },
    { auto: true },
  ],
  host: async ({ page }, use) => {
    // Each test has its own data folder: no shared state, no order dependence.
    const dataDir = mkdtempSync(join(tmpdir(), 'tend-e2e-'));
    const start = (port?: number) =>
      startWebHost({ dataDir, rendererDir: RENDERER_DIR, appVersion: '0.0.0-test', clock: clockStartingAt(FIXED_NOW), port });
    let current = await start();
    await page.clock.setFixedTime(FIXED_NOW);
    await use({
      get current() {
        return current;
      },
      dataDir,
      async restart(options = {}) {
        const port = options.samePort ? current.port : undefined;
        await current.close();
        current = await start(port);
        return current;
      },
    });
    await current.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
