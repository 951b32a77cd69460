import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { benchElectronMain } from './electron-main';
import { summarise, type Sample } from './measure';
import { ratio, type Row } from './report';

/**
 * Spawns `command args`, waits for the URL line, asks `app.info`, and returns the milliseconds from
 * spawn to the answer. The process is then stopped and awaited, so runs never overlap.
 */
async function coldStart(command: string, args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(command, args, { env: { ...process.env, TEND_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  try {
    const line = await new Promise<string>((done, fail) => {
      createInterface({ input: child.stdout }).once('line', done);
      child.once('exit', () => fail(new Error(`${command} ${args.join(' ')} exited first: ${stderr}`)));
    });
    const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/.exec(line);
    if (!match) throw new Error(`no URL in "${line}"`);
    const reply = await fetch(`${match[1]}/api/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${match[2]}` } });
    const body = (await reply.json()) as { ok: boolean };
    if (!body.ok) throw new Error('app.info failed');
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** Interleaves the commands run by run, so load from elsewhere on the machine lands on all of them. */
export async function coldStarts(commands: [string, string[]][], runs: number): Promise<Sample[]> {
  for (const [command, args] of commands) await coldStart(command, args); // warm the file cache
  const times: number[][] = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [index, [command, args]] of commands.entries()) times[index]!.push(await coldStart(command, args));
  }
  return times.map(summarise);
}

/** Web host cold start → first `app.info` answer, against a bare Node HTTP server started the same way; and Electron main's load. */
export async function benchHost(quick: boolean): Promise<Row[]> {
  const built = resolve('out/host/cli.js');
  if (!existsSync(built)) throw new Error('out/host/cli.js is missing: run `npm run build:host` (or `npm run web` once) first.');
  const root = mkdtempSync(join(tmpdir(), 'tend-bench-host-'));
  try {
    const data = join(root, 'data');
    const renderer = join(root, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Tend</title>');
    // An existing database, as on every start but the first.
    // The key file of its own, outside the data folder (the default is the user's config folder).
    const keyArgs = ['--key-file', join(root, 'tend.key')];
    await coldStart(process.execPath, [built, '--data', data, ...keyArgs, '--renderer', renderer]);
    const hostArgs = ['--data', data, ...keyArgs, '--renderer', renderer];
    const runs = quick ? 5 : 15;
    const [host, web, bare, tsxHost] = await coldStarts(
      [
        [process.execPath, [built, ...hostArgs]],
        [process.execPath, [resolve('scripts/web.mjs'), ...hostArgs]],
        [process.execPath, [resolve('bench/bare-server.mjs')]],
        [process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('src/host/cli.ts'), ...hostArgs]],
      ],
      runs,
    );
    const bareBaseline = { what: 'bare Node HTTP server', value: bare! };
    // The 300 ms was set where a bare server answered in 163 ms; a loaded machine moves both.
    const loadNote = `the bare server itself took ${bare!.median.toFixed(0)} ms in this run`;
    const started = (what: string, sample: Sample): Row[] => [
      {
        part: 'host',
        what,
        unit: 'ms',
        value: sample,
        baseline: bareBaseline,
        goal: '≤ 2× the bare Node server',
        pass: ratio(sample, bare!) <= 2,
      },
      {
        part: 'host',
        what: `${what}, absolute`,
        unit: 'ms',
        value: sample,
        goal: '≤ 300 ms',
        pass: sample.median <= 300,
        note: loadNote,
      },
    ];
    return [
      ...started('web host cold start → first app.info (node out/host/cli.js)', host!),
      ...started('the same through scripts/web.mjs (npm run web: freshness check, then the built host)', web!),
      {
        part: 'host',
        what: 'before: the host from TypeScript under tsx',
        unit: 'ms',
        value: tsxHost!,
        baseline: bareBaseline,
        goal: '— (for comparison)',
        pass: null,
      },
      benchElectronMain(quick),
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
