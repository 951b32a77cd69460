import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../../scripts/electron-binary.mjs';

let root: string;
const electronDir = () => join(root, 'node_modules', 'electron');

function placeFile(path: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '');
  return path;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tend-electron-binary-'));
  mkdirSync(electronDir(), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('finds nothing before Electron was downloaded (and does not download it)', () => {
    expect(findElectronBinary({ root, env: {}, platform: 'linux' })).toBeNull();
  });

  it('follows path.txt into dist/', () => {
    writeFileSync(join(electronDir(), 'path.txt'), 'Electron.app/Contents/MacOS/Electron');
    const binary = placeFile(join(electronDir(), 'dist', 'Electron.app', 'Contents', 'MacOS', 'Electron'));
    expect(findElectronBinary({ root, env: {}, platform: 'darwin' })).toBe(binary);
  });

  it('finds nothing when path.txt names a file that is gone', () => {
    writeFileSync(join(electronDir(), 'path.txt'), 'electron');
    expect(findElectronBinary({ root, env: {}, platform: 'linux' })).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, with or without path.txt', () => {
    const dist = join(root, 'custom-dist');
    const binary = placeFile(join(dist, 'electron.exe'));
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist };
    expect(findElectronBinary({ root, env, platform: 'win32' })).toBe(binary);
    writeFileSync(join(electronDir(), 'path.txt'), 'electron.exe');
    expect(findElectronBinary({ root, env, platform: 'win32' })).toBe(binary);
    expect(findElectronBinary({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: join(root, 'empty') }, platform: 'win32' })).toBeNull();
  });
});
