import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('app icons (resources/icons, rendered by scripts/render-icons.mjs)', () => {
  it.each([16, 32, 64, 128, 256, 512, 1024])('tend-%i.png is a %i px square PNG', (size) => {
    expect(pngSize(`resources/icons/tend-${size}.png`)).toEqual({ width: size, height: size });
  });

  it('the window icon the main process names exists', () => {
    const main = readFileSync('electron/main/index.ts', 'utf8');
    const named = /join\(appPath, 'resources', 'icons', '([^']+)'\)/.exec(main)?.[1];
    expect(named).toBe('tend-512.png');
    expect(pngSize(`resources/icons/${named}`).width).toBe(512);
  });

  it('the renderer favicon is one of them', () => {
    expect(readFileSync('src/renderer/public/favicon.png')).toEqual(readFileSync('resources/icons/tend-64.png'));
  });
});
