import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clockStartingAt } from '../core/clock';
import { StartupError } from '../core/tend';
import { defaultWebDataDir } from './data-dir';
import { buildRenderer, rendererNeedsBuild } from './renderer-build';
import { startWebHost } from './server';

/** `npm run web -- [--port N] [--data DIR] [--now ISO] [--test-clock] [--renderer DIR]`: Tend in the browser, on this machine only. */
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
    },
  });
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StartupError(`--port must be a number from 0 to 65535.`);
  const start = values.now === undefined ? undefined : new Date(values.now);
  if (start && Number.isNaN(start.getTime())) throw new StartupError(`--now must be an ISO date-time.`);

  if (values.renderer === undefined && rendererNeedsBuild(projectRoot)) buildRenderer(projectRoot);

  const host = await startWebHost({
    dataDir: resolve(values.data ?? defaultWebDataDir()),
    rendererDir: resolve(values.renderer ?? join(projectRoot, 'out', 'renderer')),
    appVersion: version,
    port,
    ...(start ? { clock: clockStartingAt(start) } : {}),
    ...(values['test-clock'] ? { testClock: true } : {}),
  });
  process.stdout.write(`Tend is running at ${host.url}\n`);

  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) process.stderr.write(`${error.message}\n`);
  else if ((error as { code?: string }).code === 'EADDRINUSE') process.stderr.write('That port is already in use; pick another with --port.\n');
  else process.stderr.write(`Tend could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
