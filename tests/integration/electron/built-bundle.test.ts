/**
 * The smoke test of what ships: the *built* main bundle (out/main/index.js, the file Electron runs)
 * loaded by plain Node with `electron` mapped to the recording fake and the Node build of
 * better-sqlite3 standing in for the Electron one. Source-level tests import electron/main/*.ts
 * through vitest's resolver; only this one catches a bundling mistake — a dependency left external
 * that is not installed, a path computed from the bundle's location, a module that needs `require`
 * in ESM, a preload or icon the bundle names but the build does not produce — and a handle that
 * would keep Electron's main process from ending.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hasCountBadge } from '../../../electron/main/reminders/attention-badge';
import { EVENT_CHANNEL } from '../../../src/shared/channels';
import { appNeedsBuild, buildApp, builtMain } from '../../../scripts/app-build.mjs';
import { electronVersion, electronSqliteBinding } from '../../../scripts/electron-sqlite.mjs';
import { projectDir } from '../../../scripts/host-build.mjs';
import { NATIVE_BINARY, NATIVE_MODULE } from '../../../scripts/native-module.mjs';

// Only for the rule it imports from attention-badge.ts; the bundle runs in its own process with its own fake.
vi.mock('electron', async () => (await import('../../fixtures/fake-electron')).electronModule);

const require = createRequire(import.meta.url);
const DRIVER = join(projectDir, 'tests', 'fixtures', 'built-bundle', 'run-built-main.mjs');
const APP_PAGE = 'app://tend/index.html';
/** The budget for start, three calls and quit on a loaded 2-core machine; the process must end within it by itself. */
const BUDGET_MS = 45_000;

interface Report {
  errors: string[][];
  window: { options: { icon: string; backgroundColor: string; webPreferences: { preload: string } } & Record<string, unknown>; url: string; sent: unknown[][] };
  served: { status: number; type: string | null; body: string };
  calls: Record<'saved' | 'listed' | 'info' | 'foreign' | 'gone', { ok: boolean; value?: unknown; error?: { code: string } }>;
  tray: { image: string; tooltip: string; menu: string[]; destroyed: boolean };
  menu: string[];
  badges: number[];
  quit: { prevented: boolean; quits: number; rpcHandler: boolean };
}

/**
 * The app folder as `npm start` leaves it, in a temp folder: the real build and resources (linked),
 * and the Node build of the SQLite driver where the app looks for its Electron build.
 */
function appFolder(root: string, version: string): string {
  const appPath = join(root, 'app');
  mkdirSync(appPath);
  for (const part of ['out', 'resources', 'package.json']) symlinkSync(join(projectDir, part), join(appPath, part));
  const binding = electronSqliteBinding(appPath, version);
  mkdirSync(dirname(binding), { recursive: true });
  copyFileSync(join(dirname(require.resolve(`${NATIVE_MODULE}/package.json`)), 'build', 'Release', NATIVE_BINARY), binding);
  return appPath;
}

/** The fake is TypeScript; plain Node needs it as JavaScript (types stripped, nothing else changed). */
function fakeAsJavaScript(root: string): string {
  const source = readFileSync(join(projectDir, 'tests', 'fixtures', 'fake-electron.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023 } });
  const file = join(root, 'fake-electron.mjs');
  writeFileSync(file, outputText);
  return file;
}

function runBuiltMain(configFile: string): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [DRIVER, configFile], {
    cwd: projectDir,
    env: { ...process.env, TEND_LOG_LEVEL: 'error' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const overdue = setTimeout(() => child.kill('SIGKILL'), BUDGET_MS);
  return new Promise((resolve) =>
    child.once('close', (code, signal) => {
      clearTimeout(overdue);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    }),
  );
}

let run: Awaited<ReturnType<typeof runBuiltMain>>;
let report: Report;
let appPath = '';
let dataDir = '';
// Removed with rmSync, which removes the app folder's links without following them into the project.
const root = mkdtempSync(join(tmpdir(), 'tend-built-bundle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the built main bundle under Node with the fake electron', () => {
  beforeAll(async () => {
    // `npm test` has just built it (a gate before vitest); run alone, this builds only if stale.
    if (appNeedsBuild()) {
      if (process.env.TEND_APP_BUILT) throw new Error('out/ is missing or stale although npm test’s build gate ran: see that gate’s output.');
      buildApp();
    }
    const version = electronVersion();
    appPath = appFolder(root, version);
    dataDir = join(root, 'data');
    const configFile = join(root, 'config.json');
    writeFileSync(configFile, JSON.stringify({ fake: fakeAsJavaScript(root), bundle: builtMain, appPath, dataDir, electronVersion: version }));
    run = await runBuiltMain(configFile);
    const line = run.stdout.split('\n').find((l) => l.startsWith('REPORT '));
    if (!line) throw new Error(`the bundle printed no report (exit ${run.code}, ${run.signal ?? 'no signal'}):\n${run.stdout}\n${run.stderr}`);
    report = JSON.parse(line.slice('REPORT '.length)) as Report;
  }, BUDGET_MS + 90_000);

  it('starts without an error dialog and opens the window on the app page, with a preload and icon that exist', () => {
    expect(report.errors).toEqual([]);
    expect(report.window.url).toBe(APP_PAGE);
    expect(report.window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(existsSync(report.window.options.webPreferences.preload), report.window.options.webPreferences.preload).toBe(true);
    expect(existsSync(report.window.options.icon), report.window.options.icon).toBe(true);
    expect(existsSync(join(dataDir, 'tend.sqlite'))).toBe(true);
  });

  it('serves the built renderer over app://', () => {
    expect(report.served.status).toBe(200);
    expect(report.served.type).toBe('text/html; charset=utf-8');
    expect(report.served.body).toMatch(/<script type="module"[^>]*src="\.\/assets\//);
  });

  it('answers three methods from the app page and tells the window the data changed', () => {
    expect(report.calls.saved).toMatchObject({ ok: true, value: { name: 'Priya Raman' } });
    expect(report.calls.listed).toMatchObject({ ok: true, value: [{ name: 'Priya Raman' }] });
    expect(report.calls.info).toMatchObject({ ok: true, value: { host: 'electron', dataDir } });
    expect(report.window.sent).toContainEqual([EVENT_CHANNEL, 'data.changed', { method: 'people.save', touches: ['people', 'profile'] }]);
  });

  it('refuses a foreign sender and a frame that is gone', () => {
    for (const refused of [report.calls.foreign, report.calls.gone]) expect(refused).toMatchObject({ ok: false, error: { code: 'transport' } });
  });

  it('builds the tray with an icon that exists and its menu', () => {
    expect(existsSync(report.tray.image), report.tray.image).toBe(true);
    expect(report.tray.tooltip).toBe('Tend');
    expect(report.tray.menu).toEqual(expect.arrayContaining(['Log time…', 'Today', 'Open Tend', 'Quit']));
  });

  it('paints the window in the page’s background until it shows, sets the menu bar and the attention badge', () => {
    expect(report.window.options).toMatchObject({ show: false, backgroundColor: '#f8f5f0' });
    expect(report.menu).toEqual([...(process.platform === 'darwin' ? ['Tend'] : []), 'File', 'Edit', 'View', 'Go', 'windowMenu', 'help']);
    expect(report.window.sent).toContainEqual([EVENT_CHANNEL, 'shortcut', { id: 'palette' }]);
    expect(report.badges).toEqual(hasCountBadge(process.platform) ? [0] : []);
  });

  it('drains its shutdown on quit and then ends by itself, holding no timer or handle', () => {
    expect(report.quit).toEqual({ prevented: true, quits: 1, rpcHandler: false });
    expect(report.tray.destroyed).toBe(true);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('still running'))).toEqual([]);
    expect({ code: run.code, signal: run.signal }).toEqual({ code: 0, signal: null });
  });
});
