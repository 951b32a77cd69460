// Prepares better-sqlite3 built for Electron's ABI, once per Electron version, beside (never
// instead of) the Node build that `npm ci` made for the tests (DESIGN.md, Native module).
// Run by `npm start` only: never part of `npm ci` or `npm test`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { projectDir } from './electron-binary.mjs';

export class PrepareError extends Error {}

export function electronVersion(root = projectDir) {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/** Electron's NODE_MODULE_VERSION, which the electron package ships in `abi_version`. */
export function electronAbi(root = projectDir) {
  return Number(readFileSync(join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim());
}

/** Must match electron/main/lifecycle/native-binding.ts, where the app looks for it (a unit test checks). */
export function electronSqliteBinding(root, version) {
  return join(root, '.cache', 'electron-sqlite', version, 'better_sqlite3.node');
}

/** Reads Node's "compiled against a different Node.js version" message, or null for any other text. */
export function parseAbiMismatch(message) {
  const match = /NODE_MODULE_VERSION (\d+)\.\s+This version of Node\.js requires\s+NODE_MODULE_VERSION (\d+)/.exec(message);
  return match ? { builtFor: Number(match[1]), required: Number(match[2]) } : null;
}

/**
 * Decides from Node's attempt to load the file whether it was built for Electron. Plain Node cannot
 * load an Electron build, and the refusal names the ABI the file was built for; a file Node loads is
 * a Node build, whatever the build tool's exit code said (npm's `nodedir` can cause exactly that).
 */
export function abiVerdict(loadError, expectedAbi) {
  if (loadError === null) {
    return { ok: false, reason: 'it was built for Node.js, not Electron (check npm_config_nodedir)' };
  }
  const mismatch = parseAbiMismatch(loadError);
  if (mismatch && mismatch.builtFor === expectedAbi) return { ok: true };
  if (mismatch) {
    return { ok: false, reason: `it was built for NODE_MODULE_VERSION ${mismatch.builtFor}, Electron needs ${expectedAbi}` };
  }
  return { ok: false, reason: `it could not be loaded: ${loadError.split('\n')[0]}` };
}

/** Node's error message when it tries to load `file`, or null if it loaded. Run in a child so nothing stays loaded here. */
export function loadErrorInNode(file) {
  const probe =
    'try { process.dlopen({ exports: {} }, process.argv[1]); } catch (error) { process.stderr.write(String(error.message)); process.exit(3); }';
  // An absolute path: dlopen would search the library path for a bare file name.
  const result = spawnSync(process.execPath, ['-e', probe, resolve(file)], { encoding: 'utf8' });
  return result.status === 0 ? null : result.stderr || `exit code ${result.status}`;
}

export function checkElectronBinding(file, expectedAbi) {
  if (!existsSync(file)) return { ok: false, reason: 'no file was produced' };
  return abiVerdict(loadErrorInNode(file), expectedAbi);
}

/** npm's `nodedir` (set in this machine's npmrc) would make node-gyp build against Node's headers. */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_nodedir$/i.test(key)) delete env[key];
  }
  return env;
}

function findNodeGyp(root) {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? null;
}

function run(label, args, options, logLines) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', ...options });
  logLines.push(`$ ${label}`, result.stdout ?? '', result.stderr ?? '', `exit: ${result.status ?? result.error?.message}`);
}

/**
 * Returns the path of a verified Electron-ABI better-sqlite3, building it if needed: a prebuilt
 * binary first (what works on users' machines), then node-gyp against Electron's headers.
 * Throws PrepareError with one sentence when neither works (e.g. offline).
 */
export function prepareElectronSqlite({ root = projectDir, arch = process.arch, onProgress = () => {} } = {}) {
  const version = electronVersion(root);
  const abi = electronAbi(root);
  const binding = electronSqliteBinding(root, version);
  if (existsSync(binding) && checkElectronBinding(binding, abi).ok) return { binding, built: false };

  const versionDir = dirname(binding);
  const workDir = join(versionDir, 'pkg');
  const logFile = join(versionDir, 'prepare.log');
  const logLines = [];
  // The native module's package (src/core/db/database.ts, SQLITE_DRIVER): better-sqlite3 with SQLite3MultipleCiphers.
  const source = join(root, 'node_modules', 'better-sqlite3-multiple-ciphers');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(versionDir, { recursive: true });
  // The copy leaves out the Node build, so a stale .node can never pass for the new one.
  cpSync(source, workDir, {
    recursive: true,
    filter: (path) => !(relative(source, path) === 'build' || relative(source, path).startsWith(`build${sep}`)),
  });
  const builtFile = join(workDir, 'build', 'Release', 'better_sqlite3.node');
  const env = buildEnv();
  const target = [`--runtime=electron`, `--target=${version}`, `--arch=${arch}`];
  const reasons = [];

  onProgress(`Preparing Tend's database engine for Electron ${version} (once per Electron version)…`);
  run('prebuild-install', [join(root, 'node_modules', 'prebuild-install', 'bin.js'), ...target, '--verbose'], { cwd: workDir, env, timeout: 120_000 }, logLines);
  let verdict = checkElectronBinding(builtFile, abi);
  if (!verdict.ok) {
    reasons.push(`prebuilt: ${verdict.reason}`);
    const nodeGyp = findNodeGyp(root);
    if (nodeGyp) {
      onProgress('No prebuilt engine was available; building it from source (a minute or two)…');
      rmSync(join(workDir, 'build'), { recursive: true, force: true });
      run(
        'node-gyp rebuild',
        [nodeGyp, 'rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers'],
        { cwd: workDir, env, timeout: 20 * 60_000 },
        logLines,
      );
      verdict = checkElectronBinding(builtFile, abi);
      if (!verdict.ok) reasons.push(`from source: ${verdict.reason}`);
    } else {
      reasons.push('from source: node-gyp was not found');
    }
  }
  writeFileSync(logFile, [...logLines, ...reasons].join('\n'));
  if (!verdict.ok) {
    rmSync(workDir, { recursive: true, force: true });
    throw new PrepareError(
      `Tend can't prepare its database engine for Electron ${version}: no prebuilt binary could be downloaded and building one needs Electron's headers from the internet (offline?). Details: ${logFile}. Run \`npm run web\` to use Tend in your browser.`,
    );
  }
  const partial = `${binding}.partial`;
  copyFileSync(builtFile, partial);
  renameSync(partial, binding);
  rmSync(workDir, { recursive: true, force: true });
  return { binding, built: true };
}
