import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clockStartingAt } from '../core/clock';
import { StartCancelledError, StartupError } from '../core/tend';
import { defaultWebDataDir } from './data-dir';
import { defaultWebKeyFile, readPassphrase, webEncryption } from './key-file';
import { buildRenderer, rendererNeedsBuild } from './renderer-build';
import { startWebHost } from './server';

/**
 * `npm run web -- [--port N] [--data DIR] [--key-file FILE] [--passphrase-stdin] [--now ISO] [--test-clock] [--renderer DIR]`:
 * Tend in the browser, on this machine only, its data encrypted with the key in FILE.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      // For tests and demos only: pin "now" (the clock then runs on from there).
      now: { type: 'string' },
      // For tests only: the clock can be moved with POST /test/clock (token required); off otherwise.
      'test-clock': { type: 'boolean' },
      // For tests: serve an already-built renderer from elsewhere and skip the build check.
      renderer: { type: 'string' },
      // The database key's file (default in the user's config folder, never inside the data folder).
      'key-file': { type: 'string' },
      // The key is wrapped by a passphrase read from standard input (e.g. a password manager's CLI).
      'passphrase-stdin': { type: 'boolean' },
    },
  });
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StartupError(`--port must be a number from 0 to 65535.`);
  const start = values.now === undefined ? undefined : new Date(values.now);
  if (start && Number.isNaN(start.getTime())) throw new StartupError(`--now must be an ISO date-time.`);

  const dataDir = resolve(values.data ?? defaultWebDataDir());
  const keyFile = resolve(values['key-file'] ?? defaultWebKeyFile());
  const passphrase = values['passphrase-stdin'] ? await readPassphrase() : undefined;
  const encryption = await webEncryption({ dataDir, keyFile, ...(passphrase === undefined ? {} : { passphrase }) });
  if (values.renderer === undefined && rendererNeedsBuild(projectRoot)) buildRenderer(projectRoot);

  let printed = false;
  const printUrl = (url: string) => {
    if (printed) return;
    printed = true;
    process.stdout.write(`Tend is running at ${url}\n`);
  };
  const host = await startWebHost({
    dataDir,
    encryption,
    rendererDir: resolve(values.renderer ?? join(projectRoot, 'out', 'renderer')),
    appVersion: version,
    port,
    ...(start ? { clock: clockStartingAt(start) } : {}),
    ...(values['test-clock'] ? { testClock: true } : {}),
    // Long start-up work: the page shows its progress and Cancel while the journal is prepared (issue 23).
    onPreparing: (url) => {
      printUrl(url);
      process.stderr.write('Preparing your journal (this happens once); its progress is on the page.\n');
    },
  });
  printUrl(host.url);
  // stderr: the first line on stdout stays the URL that scripts and tests read.
  process.stderr.write(`Your data is encrypted; its key is in ${keyFile}\n`);

  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // Stopped from the preparing page: nothing failed, and nothing changed.
  if (error instanceof StartCancelledError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(0);
  }
  if (error instanceof StartupError) process.stderr.write(`${error.message}\n`);
  else if ((error as { code?: string }).code === 'EADDRINUSE') process.stderr.write('That port is already in use; pick another with --port.\n');
  else process.stderr.write(`Tend could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
