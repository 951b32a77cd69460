// Renders the tray icons from the leaf in resources/icons/tend.svg, with Chromium:
// macOS template images (black + alpha; the menu bar tints them), light and dark variants for other
// panels, each with a badge-dot variant for "someone needs your attention". 16 px and @2x (32 px).
// Run after changing the leaf: `node scripts/render-tray-icons.mjs`; the PNGs are committed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const dir = join(import.meta.dirname, '..', 'resources', 'icons', 'tray');
const LEAF = `<path d="M5 19.5C5 11 10 4.5 20 4.5c0 10-6 15.5-14 15.5"/><path d="M5 19.5c3-4.5 6-7.5 10-10"/>`;
const variants = {
  // Template images must be black with alpha only; macOS recolours them for light and dark menu bars.
  trayTemplate: { stroke: '#000000', dot: '#000000' },
  // A dark leaf for light panels, a light leaf for dark panels; the dot keeps Tend's accent.
  'tray-light': { stroke: '#1f2a24', dot: '#c2410c' },
  'tray-dark': { stroke: '#f6f1e8', dot: '#fb923c' },
};

function svg({ stroke, dot }, withDot) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
  <g fill="none" stroke="${stroke}" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">${LEAF}</g>
  ${withDot ? `<circle cx="19" cy="19" r="4.2" fill="${dot}"/>` : ''}
</svg>`;
}

const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, colours] of Object.entries(variants)) {
  for (const withDot of [false, true]) {
    for (const [suffix, size] of [['', 16], ['@2x', 32]]) {
      // electron resolves `@2x` beside the base name; the dot variant is "<name>-dot", template stays last.
      const base = name === 'trayTemplate' ? (withDot ? 'tray-dotTemplate' : 'trayTemplate') : withDot ? `${name}-dot` : name;
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<body style="margin:0;background:transparent">${svg(colours, withDot).replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
      await page.screenshot({ path: join(dir, `${base}${suffix}.png`), omitBackground: true });
      await page.close();
    }
  }
}
await browser.close();
