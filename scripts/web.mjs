// `npm run web`: the web host, built to JavaScript and started with plain Node. It is rebuilt first
// only when its sources are newer than the build, so a start costs what the host itself costs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(projectDir, 'out', 'host', 'cli.js');
const SOURCES = ['src/host', 'src/core', 'src/shared', 'vite.host.config.ts', 'package.json'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function hostNeedsBuild() {
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(projectDir, source)) > builtAt);
}

if (hostNeedsBuild()) {
  // stderr, so the first line on stdout stays the URL that scripts and tests read.
  process.stderr.write('Building the web host…\n');
  // Imported only here: loading Vite costs more than starting the host.
  const { build } = await import('vite');
  await build({ configFile: join(projectDir, 'vite.host.config.ts'), root: projectDir, logLevel: 'warn' });
}
await import(pathToFileURL(built).href);
