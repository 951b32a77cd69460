import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserPlan, ensureInstalled, installMismatch, lockMismatch } from '../../../scripts/setup.mjs';
import { tempDir } from '../../fixtures/temp-dir';

const LOCK = {
  packages: {
    '': { version: '0.1.0' },
    'node_modules/papaparse': { version: '5.7.1' },
    'node_modules/@scope/tool': { version: '2.0.0' },
    'node_modules/a/node_modules/b': { version: '1.0.0' },
    'node_modules/@esbuild/darwin-arm64': { version: '0.28.2', optional: true },
    'node_modules/local': { link: true },
  },
};
const ALL = { 'node_modules/papaparse': '5.7.1', 'node_modules/@scope/tool': '2.0.0', 'node_modules/a/node_modules/b': '1.0.0' };
const installed = (versions: Record<string, string>) => (path: string) => versions[path] ?? null;

describe('node_modules matches package-lock.json', () => {
  it('when every package is installed at its version, optional packages for other platforms left out', () => {
    expect(lockMismatch(LOCK, installed(ALL))).toBeNull();
  });

  it.each([
    [{ ...ALL, 'node_modules/papaparse': undefined }, 'papaparse is not installed'],
    [{ ...ALL, 'node_modules/@scope/tool': '1.9.0' }, '@scope/tool is 1.9.0, package-lock.json has 2.0.0'],
    [{ ...ALL, 'node_modules/a/node_modules/b': undefined }, 'b is not installed'],
    [{ ...ALL, 'node_modules/@esbuild/darwin-arm64': '0.27.0' }, '@esbuild/darwin-arm64 is 0.27.0, package-lock.json has 0.28.2'],
  ])('not when %o: %s', (versions, reason) => {
    const defined = Object.fromEntries(Object.entries(versions).filter((entry): entry is [string, string] => entry[1] !== undefined));
    expect(lockMismatch(LOCK, installed(defined))).toBe(reason);
  });

  it('reads the installed versions from node_modules, and names a missing folder', () => {
    const root = tempDir('tend-setup');
    writeFileSync(join(root, 'package-lock.json'), JSON.stringify(LOCK));
    expect(installMismatch(root)).toBe('there is no node_modules yet');
    for (const [path, version] of Object.entries(ALL)) {
      mkdirSync(join(root, path), { recursive: true });
      writeFileSync(join(root, path, 'package.json'), JSON.stringify({ version }));
    }
    expect(installMismatch(root)).toBeNull();
    writeFileSync(join(root, 'node_modules/papaparse/package.json'), JSON.stringify({ version: '5.6.0' }));
    expect(installMismatch(root)).toBe('papaparse is 5.6.0, package-lock.json has 5.7.1');
  });

  it('runs nothing and says nothing when they match', () => {
    const root = tempDir('tend-setup');
    writeFileSync(join(root, 'package-lock.json'), JSON.stringify({ packages: { '': {} } }));
    mkdirSync(join(root, 'node_modules'));
    const said: string[] = [];
    expect(ensureInstalled({ root, say: (line) => said.push(line) })).toBeNull();
    expect(said).toEqual([]);
  });
});

describe('the browser for the browser tests', () => {
  it.each([
    [{ debianChromium: true, playwrightChromium: true, online: true }, { use: 'debian' }],
    [{ debianChromium: true, playwrightChromium: false, online: false }, { use: 'debian' }],
    [{ debianChromium: false, playwrightChromium: true, online: false }, { use: 'playwright' }],
    [{ debianChromium: false, playwrightChromium: false, online: true }, { install: true }],
  ])('%o → %o', (facts, plan) => {
    expect(browserPlan(facts)).toEqual(plan);
  });

  it('offline with none, one line says what to install', () => {
    const plan = browserPlan({ debianChromium: false, playwrightChromium: false, online: false });
    expect(plan).toEqual({ missing: expect.stringMatching(/apt-get install chromium.*npx playwright install chromium/) });
    expect('missing' in plan && plan.missing.split('\n')).toHaveLength(1);
  });
});
