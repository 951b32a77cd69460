import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { DATABASE_FILE } from '../../src/core/backup/integrity';
import { clockStartingAt } from '../../src/core/clock';
import type { AttentionForReminders } from '../../src/core/reminders/scheduler';
import { startWebHost, TEST_CLOCK_PATH, type WebHost } from '../../src/host/server';
import { builtFirstScreen } from '../../src/host/first-screen-build';

/** Every e2e test sees the same "now": Monday 23 November 2026, 09:00 in New York. */
export const FIXED_NOW = new Date('2026-11-23T14:00:00.000Z');

export const RENDERER_DIR = resolve('out/renderer');
/**
 * The first screens, drawn as the built web host draws them (`npm run build:host`). A host a test
 * starts itself is given it too: run from source, it finds no first-screen.js beside it, and says so.
 */
export const FIRST_SCREEN = builtFirstScreen(resolve('.'));

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
  /** With `reminders` set: moves the host's test clock and waits for the scheduler's run. */
  moveClock(to: string): Promise<void>;
  /** With `reminders.attention` set: who needs attention from now on (read at the scheduler's next run). */
  setAttention(attention: AttentionForReminders): void;
}

/**
 * A host for reminder tests: started with the test clock (`POST /test/clock`) at `startAt`, in New
 * York, with an attention source the test controls, so a test says exactly who needs attention.
 * Without `attention` the host plans from its own source (the database), as it does for users.
 */
export interface ReminderHostOptions {
  startAt: string;
  attention?: AttentionForReminders;
}

/** Lets one test expect a console line it causes on purpose; every other error or warning fails it. */
export interface ConsoleWatch {
  /** `why` is for the reader: each allowance says why the line is unavoidable. */
  allow(pattern: RegExp, why: string): void;
}

export const test = base.extend<
  { host: TestHost; consoleWatch: ConsoleWatch; reminders: ReminderHostOptions | null },
  { migratedDatabase: string; workerContext: BrowserContext }
>({
  reminders: [null, { option: true }],
  // One browser context per worker, with a blank tab kept open in it; each test still gets a new tab
  // (its own sessionStorage, where the token lives, and its own listeners, routes and colour scheme),
  // closed after it with any other tab it opened. A new context per test cost ~1 s of the ~7 s an
  // average test takes on a loaded 2-core machine: a fresh storage partition and renderer each time.
  // Nothing else is left behind: Tend keeps nothing in cookies or localStorage (issue 24), each
  // test's host has its own data folder, and the host fixture sets the page clock for every test.
  workerContext: [
    async ({ browser }, use, workerInfo) => {
      const { viewport, locale, timezoneId } = workerInfo.project.use;
      const context = await browser.newContext({ viewport, locale, timezoneId });
      const keeper = await context.newPage();
      await use(context);
      await keeper.close();
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ workerContext }, use) => {
    await use(workerContext);
  },
  page: async ({ workerContext }, use) => {
    const [keeper] = workerContext.pages();
    await use(await workerContext.newPage());
    await Promise.all(workerContext.pages().filter((tab) => tab !== keeper).map((tab) => tab.close()));
  },
  // Migrating an empty folder costs a host start a few hundred milliseconds (the search index's FTS
  // tables above all), several times that on a busy machine. Each worker migrates one empty database
  // once; every test's folder starts from a copy of it, which the host opens as up to date. It is the
  // file a first start writes: this worker's own first start wrote it.
  migratedDatabase: [
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'tend-e2e-migrated-'));
      const host = await startWebHost({ dataDir, rendererDir: RENDERER_DIR, appVersion: '0.0.0-test', clock: clockStartingAt(FIXED_NOW) });
      await host.close();
      await use(join(dataDir, DATABASE_FILE));
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
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
  host: async ({ page, reminders, migratedDatabase }, use) => {
    // Each test has its own data folder: no shared state, no order dependence.
    const dataDir = mkdtempSync(join(tmpdir(), 'tend-e2e-'));
    copyFileSync(migratedDatabase, join(dataDir, DATABASE_FILE));
    const given = reminders?.attention;
    let attention = given;
    // The test's stand-in, when it gave one; `setAttention` replaces what it answers.
    const standIn = given ? { attention: () => attention ?? given } : {};
    const start = (port?: number) =>
      startWebHost({
        dataDir,
        rendererDir: RENDERER_DIR,
        appVersion: '0.0.0-test',
        firstScreen: FIRST_SCREEN,
        clock: clockStartingAt(reminders ? new Date(reminders.startAt) : FIXED_NOW),
        port,
        ...(reminders
          ? { testClock: true, timeZone: () => 'America/New_York', ...standIn }
          : {}),
      });
    let current = await start();
    await page.clock.setFixedTime(reminders ? new Date(reminders.startAt) : FIXED_NOW);
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
      async moveClock(to) {
        const response = await fetch(`${new URL(current.url).origin}${TEST_CLOCK_PATH}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${current.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ to }),
        });
        if (!response.ok) throw new Error(`moving the test clock failed: HTTP ${response.status}`);
      },
      setAttention(next) {
        attention = next;
      },
    });
    await current.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
