/**
 * Looks at Tend the way UI.md asks: 1280×800 Chromium screenshots of the main views in light and
 * dark, with no data and with a sample team. Run after building the renderer:
 *
 *   npx electron-vite build && npx tsx scripts/screenshots.ts
 *
 * PNGs go to test-results/screenshots/ (git-ignored).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { clockStartingAt } from '../src/core/clock';
import { startWebHost, type WebHost } from '../src/host/server';
import type { MethodInput } from '../src/shared/contract';

const NOW = new Date('2026-11-23T14:00:00.000Z');
const OUT_DIR = resolve('test-results/screenshots');
const CHROMIUM = '/usr/bin/chromium';

const SAMPLE_TEAM: MethodInput<'people.save'>[] = [
  { name: 'Priya Natarajan', preferredName: 'Priya', pronunciation: 'PREE-yah', role: 'Staff engineer', team: 'Platform', startedOn: '2021-03-15', cadenceDays: 14 },
  { name: 'Samuel Okafor', preferredName: 'Sam', role: 'Senior engineer', team: 'Payments', startedOn: '2023-06-01' },
  { name: 'Mei Lin Chen', role: 'Product designer', team: 'Payments', startedOn: '2024-01-08' },
  { name: 'Jonas Becker', role: 'Engineer', team: 'Platform', startedOn: '2025-09-22' },
  { name: 'Aisha Rahman', pronunciation: 'AY-sha', role: 'Engineering manager', team: 'Growth', cadenceDays: 7 },
  { name: 'Tomás Alvarez', preferredName: 'Tom', role: 'Engineer', team: 'Growth', startedOn: '2026-02-02' },
  { name: 'Hannah Lindqvist', role: 'QA lead', team: 'Platform', cadenceDays: 10 },
  { name: 'Daniel Kim', role: 'Data engineer', team: 'Insights' },
  { name: 'Olivia Brennan', preferredName: 'Liv', role: 'Engineer', team: 'Payments', startedOn: '2026-10-05' },
  { name: 'Kwame Mensah', role: 'Site reliability engineer', team: 'Platform', cadenceDays: 14 },
  { name: 'Sofia Rossi', role: 'Engineer (on parental leave)', team: 'Growth', cadenceDays: 30 },
  { name: 'Ravi Shankar Iyer', preferredName: 'Ravi', role: 'Principal engineer', team: 'Architecture', cadenceDays: 21 },
];

async function seed(host: WebHost): Promise<string[]> {
  const ids: string[] = [];
  for (const person of SAMPLE_TEAM) {
    const result = await host.tend.dispatch('people.save', person);
    if (!result.ok) throw new Error(`seeding ${person.name}: ${result.error.message}`);
    ids.push(result.value.id);
  }
  const former = await host.tend.dispatch('people.save', { name: 'Grace Whitfield', role: 'Engineer', team: 'Payments' });
  if (former.ok) await host.tend.dispatch('people.archive', { id: former.value.id });
  return ids;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT_DIR, `${name}.png`) });
  process.stdout.write(`  ${name}.png\n`);
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  try {
    for (const dataset of ['empty', 'team'] as const) {
      const dataDir = mkdtempSync(join(tmpdir(), 'tend-shots-'));
      const host = await startWebHost({
        dataDir,
        rendererDir: resolve('out/renderer'),
        appVersion: '0.1.0',
        clock: clockStartingAt(NOW),
      });
      try {
        const ids = dataset === 'team' ? await seed(host) : [];
        for (const scheme of ['light', 'dark'] as const) {
          const context = await browser.newContext({
            viewport: { width: 1280, height: 800 },
            locale: 'en-US',
            timezoneId: 'America/New_York',
            colorScheme: scheme,
            reducedMotion: 'reduce',
          });
          const page = await context.newPage();
          await page.clock.setFixedTime(NOW);
          const prefix = `${dataset}-${scheme}`;
          await page.goto(host.url);
          await page.getByRole('heading', { level: 1 }).waitFor();
          await page.getByRole('heading', { name: 'Your team' }).waitFor();
          await shoot(page, `${prefix}-today`);

          await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
          await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
          if (dataset === 'team') await page.getByRole('list', { name: 'Your team' }).waitFor();
          await shoot(page, `${prefix}-people`);

          if (dataset === 'team') {
            await page.getByRole('list', { name: 'Your team' }).getByRole('listitem').nth(1).hover();
            await shoot(page, `${prefix}-people-hover`);
            // Keyboard focus on a row: the ring and the row's actions must both show.
            await page.mouse.move(0, 0);
            await page.keyboard.press('Shift');
            await page.getByRole('list', { name: 'Your team' }).getByRole('link').nth(2).focus();
            await shoot(page, `${prefix}-people-focus`);
            await page.getByRole('switch', { name: 'Show archived' }).check();
            await page.getByRole('list', { name: 'Archived people' }).scrollIntoViewIfNeeded();
            await shoot(page, `${prefix}-people-archived`);
            await page.getByRole('switch', { name: 'Show archived' }).uncheck();
          }

          await page.getByRole('button', { name: 'Add person' }).first().click();
          const dialog = page.getByRole('dialog');
          await dialog.getByLabel('Name', { exact: true }).fill('   ');
          await dialog.getByLabel('Cadence').fill('0');
          await dialog.getByRole('button', { name: 'Add person' }).click();
          await dialog.getByText('Name cannot be empty.').waitFor();
          await shoot(page, `${prefix}-add-person-error`);
          await dialog.getByLabel('Name', { exact: true }).fill('Noor Haddad');
          await dialog.getByRole('button', { name: 'Add person' }).click();
          await dialog.getByText('Cadence must be at least 1 day.').waitFor();
          await shoot(page, `${prefix}-add-person-cadence-error`);
          await page.keyboard.press('Escape');
          await dialog.waitFor({ state: 'hidden' });

          if (dataset === 'team') {
            await page.goto(new URL(`#/people/${ids[0]}`, host.url).href);
            await page.getByRole('heading', { name: 'Priya Natarajan', level: 1 }).waitFor();
            await shoot(page, `${prefix}-person`);
            await page.getByRole('button', { name: 'Edit' }).click();
            await page.getByRole('dialog').getByLabel('Name', { exact: true }).waitFor();
            await shoot(page, `${prefix}-edit-person`);
            await page.keyboard.press('Escape');
          }

          await page.goto(new URL('#/settings', host.url).href);
          await page.getByText('Data folder').waitFor();
          await shoot(page, `${prefix}-settings`);
          await page.goto(new URL('#/journal', host.url).href);
          await page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
          await shoot(page, `${prefix}-journal`);
          await context.close();
        }
      } finally {
        await host.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
