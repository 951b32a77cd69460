import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path, { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronSqliteBindingPath, findNativeBinding, unpackedAppPath } from '../../../../electron/main/lifecycle/native-binding';
import { StartupError } from '../../../../src/core/tend';
import {
  abiVerdict,
  checkElectronBinding,
  electronSqliteBinding,
  loadErrorInNode,
  parseAbiMismatch,
} from '../../../../scripts/electron-sqlite.mjs';

// Node 20's exact words when handed an addon built for Electron 45 (captured from a real dlopen).
const ELECTRON_BUILD_IN_NODE =
  "The module '/app/.cache/electron-sqlite/45.4.1/better_sqlite3.node'\n" +
  'was compiled against a different Node.js version using\n' +
  'NODE_MODULE_VERSION 150. This version of Node.js requires\n' +
  'NODE_MODULE_VERSION 115. Please try re-compiling or re-installing\n' +
  'the module (for instance, using `npm rebuild` or `npm install`).';

const scratch = mkdtempSync(join(tmpdir(), 'tend-electron-sqlite-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('parseAbiMismatch', () => {
  it('reads both ABIs from Node’s refusal', () => {
    expect(parseAbiMismatch(ELECTRON_BUILD_IN_NODE)).toEqual({ builtFor: 150, required: 115 });
  });

  it.each([
    '/x/better_sqlite3.node: invalid ELF header',
    'Cannot find module',
    '',
  ])('finds nothing in an unrelated error: %s', (message) => {
    expect(parseAbiMismatch(message)).toBeNull();
  });
});

describe('abiVerdict', () => {
  it('accepts a file Node refuses because it was built for Electron’s ABI', () => {
    expect(abiVerdict(ELECTRON_BUILD_IN_NODE, 150)).toEqual({ ok: true });
  });

  it('rejects a file Node loads: a zero exit code against Node’s headers is still the wrong build', () => {
    expect(abiVerdict(null, 150)).toMatchObject({ ok: false, reason: expect.stringContaining('built for Node.js') });
  });

  it('rejects a build for another Electron', () => {
    expect(abiVerdict(ELECTRON_BUILD_IN_NODE, 140)).toEqual({
      ok: false,
      reason: 'it was built for NODE_MODULE_VERSION 150, Electron needs 140',
    });
  });

  it('rejects a file that is not a loadable library at all', () => {
    expect(abiVerdict('/x/better_sqlite3.node: invalid ELF header', 150)).toEqual({
      ok: false,
      reason: 'it could not be loaded: /x/better_sqlite3.node: invalid ELF header',
    });
  });
});

describe('checkElectronBinding (real loads in a child Node)', () => {
  it('rejects the Node build that npm ci made', () => {
    const require = createRequire(import.meta.url);
    const nodeBuild = join(dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json')), 'build', 'Release', 'better_sqlite3.node');
    expect(loadErrorInNode(nodeBuild)).toBeNull();
    expect(checkElectronBinding(nodeBuild, 150).ok).toBe(false);
  });

  it('rejects a missing file and a file that is not a library', () => {
    const notALibrary = join(scratch, 'better_sqlite3.node');
    writeFileSync(notALibrary, 'not an ELF, Mach-O or PE file');
    expect(checkElectronBinding(join(scratch, 'missing.node'), 150)).toEqual({ ok: false, reason: 'no file was produced' });
    expect(checkElectronBinding(notALibrary, 150).ok).toBe(false);
  });
});

describe('where the Electron build lives', () => {
  it('is the same path for the start script that makes it and the app that loads it', () => {
    expect(electronSqliteBindingPath('/app', '45.4.1')).toBe(electronSqliteBinding('/app', '45.4.1'));
  });

  it('gives the app a sentence to show when the build was never prepared', () => {
    expect(() => findNativeBinding(scratch, '45.4.1')).toThrow(StartupError);
    expect(() => findNativeBinding(scratch, '45.4.1')).toThrow(/npm start/);
  });

  // app.getAppPath() in each installer's layout (electron-builder packs the app as resources/app.asar).
  it.each([
    ['Linux AppImage', path.posix, '/tmp/.mount_TendAb12Cd/resources/app.asar', '/tmp/.mount_TendAb12Cd/resources/app.asar.unpacked'],
    ['Linux deb', path.posix, '/opt/Tend/resources/app.asar', '/opt/Tend/resources/app.asar.unpacked'],
    ['macOS .app bundle', path.posix, '/Applications/Tend.app/Contents/Resources/app.asar', '/Applications/Tend.app/Contents/Resources/app.asar.unpacked'],
    ['Windows NSIS (per user)', path.win32, 'C:\\Users\\Sam\\AppData\\Local\\Programs\\tend\\resources\\app.asar', 'C:\\Users\\Sam\\AppData\\Local\\Programs\\tend\\resources\\app.asar.unpacked'],
    ['Windows NSIS (all users)', path.win32, 'C:\\Program Files\\Tend\\resources\\app.asar', 'C:\\Program Files\\Tend\\resources\\app.asar.unpacked'],
  ])('packaged (%s): outside app.asar, in the folder asarUnpack fills', (_layout, pathApi, appPath, unpacked) => {
    expect(unpackedAppPath(appPath, pathApi)).toBe(unpacked);
    expect(electronSqliteBindingPath(appPath, '45.4.1', pathApi)).toBe(pathApi.join(unpacked, '.cache', 'electron-sqlite', '45.4.1', 'better_sqlite3.node'));
  });

  it('unpackaged (npm start): the project folder itself, even one named like the archive’s folder', () => {
    expect(unpackedAppPath('/home/sam/tend')).toBe('/home/sam/tend');
    expect(unpackedAppPath('/home/sam/app.asar.unpacked')).toBe('/home/sam/app.asar.unpacked');
  });

  it('tells a packaged app’s user to reinstall, not to run npm start', () => {
    expect(() => findNativeBinding(join(scratch, 'resources', 'app.asar'), '45.4.1')).toThrow(/install it again/);
  });
});
