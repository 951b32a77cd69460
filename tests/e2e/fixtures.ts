import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { clockStartingAt } from '../../src/core/clock';
import type { AttentionForReminders } from '../../src/core/reminders/scheduler';
import { startWebHost, TEST_CLOCK_PATH, type WebHost } from '../../src/host/server';

/** Every e2e test sees the same "now": Monday 23 November 2026, 09:00 in New York. */
export const FIXED_NOW = new Date('2026-11-23T14:00:00.000Z');

const RENDERER_DIR = resolve('out/renderer');

export interface TestHost {
  /** The current host; replaced by `restart()`. */
  readonly current: WebHost;
  readonly dataDir: string;
  /** Stops the host (closing the DB) and starts a fresh one on the same data folder. */
  restart(): Promise<WebHost>;
  /** With `reminders` set: moves the host's test clock and waits for the scheduler's run. */
  moveClock(to: string): Promise<void>;
  /** With `reminders` set: who needs attention from now on (read at the scheduler's next run). */
  setAttention(attention: AttentionForReminders): void;
}

/**
 * A host for reminder tests: started with the test clock (`POST /test/clock`) at `startAt`, in New
 * York, with an attention source the test controls. Until `attention.summary` is wired into the web
 * host (issue 9), this is how a test says who needs attention.
 */
export interface ReminderHostOptions {
  startAt: string;
  attention: AttentionForReminders;
}

export const test = base.extend<{ host: TestHost; reminders: ReminderHostOptions | null }>({
  reminders: [null, { option: true }],
  host: async ({ page, reminders }, use) => {
    // Each test has its own data folder: no shared state, no order dependence.
    const dataDir = mkdtempSync(join(tmpdir(), 'tend-e2e-'));
    let attention = reminders?.attention;
    const start = () =>
      startWebHost({
        dataDir,
        rendererDir: RENDERER_DIR,
        appVersion: '0.0.0-test',
        clock: clockStartingAt(reminders ? new Date(reminders.startAt) : FIXED_NOW),
        ...(reminders
          ? { testClock: true, timeZone: () => 'America/New_York', attention: () => attention ?? reminders.attention }
          : {}),
      });
    let current = await start();
    await page.clock.setFixedTime(reminders ? new Date(reminders.startAt) : FIXED_NOW);
    await use({
      get current() {
        return current;
      },
      dataDir,
      async restart() {
        await current.close();
        current = await start();
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
