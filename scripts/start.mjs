// `npm start`: runs Tend as a desktop app. Every way this can fail on a user's machine ends in one
// line saying what to do, never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary, projectDir } from './electron-binary.mjs';
import { PrepareError, prepareElectronSqlite } from './electron-sqlite.mjs';
import { ensureInstalled } from './setup.mjs';

function stop(line) {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

function ensureElectronBinary() {
  const found = findElectronBinary();
  if (found) return found;
  console.log('Downloading Electron (first start only)…');
  const install = spawnSync(process.execPath, [join(projectDir, 'node_modules', 'electron', 'install.js')], {
    cwd: projectDir,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  const logFile = join(projectDir, '.cache', 'electron-install.log');
  mkdirSync(join(projectDir, '.cache'), { recursive: true });
  writeFileSync(logFile, `${install.stdout ?? ''}${install.stderr ?? ''}${install.error?.message ?? ''}`);
  return (
    findElectronBinary() ??
    stop(
      `Tend can't start as a desktop app here: the Electron binary could not be downloaded (offline?). Details: ${logFile}. Run \`npm run web\` to use Tend in your browser.`,
    )
  );
}

function ensureElectronSqlite() {
  try {
    prepareElectronSqlite({ onProgress: (line) => console.log(line) });
  } catch (error) {
    if (error instanceof PrepareError) stop(error.message);
    throw error;
  }
}

function build() {
  const result = spawnSync(process.execPath, [join(projectDir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: projectDir,
    stdio: 'inherit',
  });
  if (result.status !== 0) stop('Tend could not be built; the build output above says why.');
}

function launch(binary) {
  const env = { ...process.env };
  // Inherited from some shells and tools; it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [projectDir, ...process.argv.slice(2)], { cwd: projectDir, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => stop(`Tend could not launch Electron: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// First: without node_modules, every later step would fail for the wrong reason (e.g. "offline?").
const notInstalled = ensureInstalled();
if (notInstalled) stop(notInstalled);
const binary = ensureElectronBinary();
ensureElectronSqlite();
build();
launch(binary);
