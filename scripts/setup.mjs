// What `npm start` and `npm test` do before anything else on a fresh clone: make node_modules match
// package-lock.json (running `npm ci` when it does not) and, for the tests, find a browser. Imports
// only Node's own modules: it runs before node_modules is known to be there.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { projectDir } from './electron-binary.mjs';

/**
 * Why node_modules does not match the lockfile, in a few words, or null when it does: every package
 * the lockfile names is installed at its version. Optional packages may be absent (npm leaves out
 * those for other platforms); a missing package.json means not installed.
 */
export function lockMismatch(lock, installedVersion) {
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === '' || entry.link) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const installed = installedVersion(path);
    if (installed === null) {
      if (entry.optional) continue;
      return `${name} is not installed`;
    }
    if (installed !== entry.version) return `${name} is ${installed}, package-lock.json has ${entry.version}`;
  }
  return null;
}

function readInstalledVersion(root) {
  return (path) => {
    try {
      return JSON.parse(readFileSync(join(root, path, 'package.json'), 'utf8')).version ?? null;
    } catch {
      return null;
    }
  };
}

/** Null when node_modules matches package-lock.json, else why not. */
export function installMismatch(root = projectDir) {
  if (!existsSync(join(root, 'node_modules'))) return 'there is no node_modules yet';
  return lockMismatch(JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')), readInstalledVersion(root));
}

/** npm as the running `npm start`/`npm test` was started (npm_execpath), else the one on PATH. */
function npm(args, options) {
  const cli = process.env.npm_execpath;
  if (cli && /\.[cm]?js$/.test(cli)) return spawnSync(process.execPath, [cli, ...args], options);
  return spawnSync('npm', args, { ...options, shell: process.platform === 'win32' });
}

/**
 * Runs `npm ci` when node_modules does not match package-lock.json, with one line saying so.
 * Returns an error line when `npm ci` failed (npm printed why above it), else null.
 */
export function ensureInstalled({ root = projectDir, say = (line) => console.log(line) } = {}) {
  const mismatch = installMismatch(root);
  if (mismatch === null) return null;
  say(`Installing dependencies with npm ci, since node_modules does not match package-lock.json (${mismatch})…`);
  const result = npm(['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
  if (result.status === 0 && installMismatch(root) === null) return null;
  return '`npm ci` did not finish (its output above says why); Tend needs its dependencies installed to run.';
}

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Which browser the browser tests use: Debian's Chromium, else Playwright's own, installed when
 * missing and the machine is online; else one line saying what to install.
 */
export function browserPlan({ debianChromium, playwrightChromium, online }) {
  if (debianChromium) return { use: 'debian' };
  if (playwrightChromium) return { use: 'playwright' };
  if (online) return { install: true };
  return {
    missing:
      "No browser for the browser tests: install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or, online, run `npx playwright install chromium`.",
  };
}

/** Whether Playwright's browser download host answers (3 s at most). */
export function canReachPlaywrightCdn(timeoutMs = 3_000) {
  return new Promise((resolve) => {
    const probe = request('https://cdn.playwright.dev/', { method: 'HEAD', timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.on('timeout', () => probe.destroy(new Error('timeout')));
    probe.on('error', () => resolve(false));
    probe.end();
  });
}

/**
 * Finds the browser for `npm test`, installing Playwright's Chromium when that is the way. Returns
 * null when there is one, else the line saying what to install. Needs node_modules (Playwright).
 */
export async function ensureBrowser({ root = projectDir, say = (line) => console.log(line) } = {}) {
  const { chromium } = await import('@playwright/test');
  const own = () => existsSync(chromium.executablePath());
  const debianChromium = existsSync(DEBIAN_CHROMIUM);
  const plan = browserPlan({ debianChromium, playwrightChromium: !debianChromium && own(), online: !debianChromium && !own() && (await canReachPlaywrightCdn()) });
  if (plan.missing) return plan.missing;
  if (!plan.install) return null;
  say("Installing Playwright's Chromium for the browser tests (first run only)…");
  const install = spawnSync(process.execPath, [join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'install', 'chromium'], { cwd: root, stdio: 'inherit' });
  return install.status === 0 && own() ? null : "Playwright's Chromium could not be installed (see above); install Chromium (`sudo apt-get install chromium`) or run `npx playwright install chromium`.";
}
