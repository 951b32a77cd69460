// Renders resources/icons/tend.svg to the PNG sizes desktop platforms ask for, with Chromium (1024 is
// what electron-builder makes the macOS .icns from).
// Run after changing the SVG: `node scripts/render-icons.mjs`; the PNGs are committed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const dir = join(import.meta.dirname, '..', 'resources', 'icons');
const svg = readFileSync(join(dir, 'tend.svg'), 'utf8');
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 64, 128, 256, 512, 1024]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: join(dir, `tend-${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
