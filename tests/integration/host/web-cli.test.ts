import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHost, hostNeedsBuild } from '../../../scripts/host-build.mjs';
import { tempDir } from '../../fixtures/temp-dir';

// What `npm run web` runs: the built host under plain Node (rebuilt first if its sources are newer).
const WEB = join('scripts', 'web.mjs');

function startCli(args: string[]): { child: ChildProcessWithoutNullStreams; firstLine: Promise<string>; exit: Promise<number | null>; stderr: () => string } {
  // The default key file lives in the user's config folder: each run gets a config folder of its own,
  // so no test reads or writes the real one, nor shares a key with another.
  const config = tempDir('tend-cli-config');
  const child = spawn(process.execPath, [WEB, ...args], {
    env: { ...process.env, TEND_LOG_LEVEL: 'warn', HOME: config, XDG_CONFIG_HOME: config, LOCALAPPDATA: config },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const firstLine = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', () => reject(new Error(`host exited before printing its URL: ${stderr}`)));
  });
  // Tests that expect a failed start never await the line; keep that rejection from counting as unhandled.
  firstLine.catch(() => undefined);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, firstLine, exit, stderr: () => stderr };
}

function fakeRenderer(): string {
  const dir = tempDir('tend-renderer');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Tend</title>');
  return dir;
}

describe('npm run web (the host CLI)', () => {
  // Built up front, so no test's output includes the one-time "Building the web host…" line.
  beforeAll(async () => {
    if (hostNeedsBuild()) await buildHost();
  }, 60_000);

  it('prints one line with the URL and token, serves the API, and stops cleanly on SIGTERM with the WAL checkpointed', async () => {
    const data = join(tempDir('tend-cli'), 'data');
    const host = startCli(['--data', data, '--renderer', fakeRenderer(), '--now', '2026-11-23T14:00:00Z']);
    const line = await host.firstLine;
    const match = /^Tend is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, , port, token] = match!;

    const reply = await fetch(`http://127.0.0.1:${port}/api/people.save`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'Priya Raman' }),
    });
    const body = (await reply.json()) as { ok: boolean; value: { createdAt: string } };
    expect(body.ok).toBe(true);
    expect(body.value.createdAt.startsWith('2026-11-23T14:00')).toBe(true);

    host.child.kill('SIGTERM');
    expect(await host.exit).toBe(0);
    const wal = join(data, 'tend.sqlite-wal');
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
  }, 30_000);

  it('refuses a data folder it cannot use with one clear line and exit code 1', async () => {
    const root = tempDir('tend-cli');
    const blocker = join(root, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const host = startCli(['--data', join(blocker, 'data'), '--renderer', fakeRenderer()]);
    expect(await host.exit).toBe(1);
    expect(host.stderr().trim()).toMatch(/^Tend cannot write to its data folder .*a-file\/data\. Check that/);
    expect(host.stderr().trim().split('\n')).toHaveLength(1);
  }, 30_000);

  it('says so when the port is taken', async () => {
    const first = startCli(['--data', join(tempDir('tend-cli'), 'd1'), '--renderer', fakeRenderer()]);
    const port = /:(\d+)\//.exec(await first.firstLine)![1]!;
    const second = startCli(['--data', join(tempDir('tend-cli'), 'd2'), '--renderer', fakeRenderer(), '--port', port]);
    expect(await second.exit).toBe(1);
    expect(second.stderr()).toContain('That port is already in use');
    first.child.kill('SIGINT');
    expect(await first.exit).toBe(0);
  }, 30_000);
});
