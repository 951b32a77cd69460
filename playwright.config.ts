import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/fixtures/chromium';

export default defineConfig({
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright',
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        locale: 'en-US',
        timezoneId: 'America/New_York',
        trace: 'off',
        launchOptions: chromiumLaunchOptions,
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
