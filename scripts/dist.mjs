// `npm run dist`: Tend's installers with electron-builder (packaging/electron-builder.mjs) for this
// machine's OS, or the targets given (`npm run dist -- --linux`). Needs what `npm start` needs — the
// Electron build of better-sqlite3, which it packs — and electron-builder downloads Electron itself.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildApp } from './app-build.mjs';
import { projectDir } from './electron-binary.mjs';
import { PrepareError, prepareElectronSqlite } from './electron-sqlite.mjs';
import { ensureInstalled } from './setup.mjs';

function stop(line) {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

const notInstalled = ensureInstalled();
if (notInstalled) stop(notInstalled);
try {
  prepareElectronSqlite({ onProgress: (line) => console.log(line) });
} catch (error) {
  if (error instanceof PrepareError) stop(error.message);
  throw error;
}
try {
  buildApp();
} catch (error) {
  stop(error instanceof Error ? error.message : String(error));
}
const builder = spawnSync(
  process.execPath,
  [join(projectDir, 'node_modules', 'electron-builder', 'cli.js'), '--config', 'packaging/electron-builder.mjs', ...process.argv.slice(2)],
  { cwd: projectDir, stdio: 'inherit' },
);
if (builder.status !== 0) stop('electron-builder did not finish; its output above says why (it downloads Electron, so it needs the internet).');
console.log(`Installers are in ${join(projectDir, 'dist')}.`);
