import { request, type IncomingMessage } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../src/host/server';
import { seedTeam } from '../../../bench/dataset';
import { HOUR, pinnedClock } from '../../fixtures/clock';
import { corruptMiddle, corruptTablePages } from '../../fixtures/corrupt';
import { TEST_START } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { tempDir } from '../../fixtures/temp-dir';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function send(host: WebHost, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

async function api(host: WebHost, method: string, input?: unknown) {
  const reply = await send(host, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: input === undefined ? '' : JSON.stringify(input),
  });
  return { status: reply.status, json: JSON.parse(reply.body.toString('utf8')) as { ok: boolean; value?: never; error?: { code: string; message: string } } };
}

async function startHost(dataDir = join(tempDir('tend-data-host'), 'data'), clock = pinnedClock(TEST_START)): Promise<WebHost> {
  const rendererDir = tempDir('tend-renderer');
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Tend</title>');
  const host = await startWebHost({ dataDir, rendererDir, appVersion: '9.9.9', clock });
  return host;
}

describe('downloads of exports in the browser', () => {
  it('serves a finished export with the token, as an attachment with the security headers; 401 without', async () => {
    const host = await startHost();
    try {
      expectOk(await host.tend.dispatch('people.save', { name: 'Sam Rivera' }));
      const exported = (await api(host, 'archive.export', { format: 'json' })).json.value as unknown as { name: string; path: string };
      expect(statSync(exported.path).mode & 0o777).toBe(0o600);

      const download = await send(host, { path: `/exports/${exported.name}?token=${host.token}` });
      const anonymous = await send(host, { path: `/exports/${exported.name}` });
      const wrong = await send(host, { path: `/exports/${exported.name}?token=nope` });

      expect(download.status).toBe(200);
      expect(download.headers['content-disposition']).toBe(`attachment; filename="${exported.name}"`);
      expect(download.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['referrer-policy']).toBe('no-referrer');
      expect(JSON.parse(download.body.toString('utf8'))).toMatchObject({ schemaVersion: expect.any(Number) });
      expect(anonymous.status).toBe(401);
      expect(wrong.status).toBe(401);
    } finally {
      await host.close();
    }
  });

  it('answers 404 for the database, traversal and encoded variants, and for temporary files', async () => {
    const host = await startHost();
    try {
      expectOk(await host.tend.dispatch('people.save', { name: 'Sam Rivera' }));
      const exportDir = join(host.tend.dataDir, 'exports');
      mkdirSync(exportDir, { recursive: true });
      writeFileSync(join(exportDir, '.tend-json-x.json.partial-1'), 'half');
      const targets = [
        '/exports/../tend.sqlite',
        '/exports/%2e%2e/tend.sqlite',
        '/exports/%2E%2E%2Ftend.sqlite',
        '/exports/..%2ftend.sqlite',
        '/exports/..%5ctend.sqlite',
        '/exports/tend.sqlite',
        '/exports/.tend-json-x.json.partial-1',
        '/exports/%2etend-json-x.json.partial-1',
        '/exports/',
      ];
      for (const target of targets) {
        const reply = await send(host, { path: `${target}?token=${host.token}` });
        expect({ target, status: reply.status }).toEqual({ target, status: 404 });
        expect(reply.body.toString('utf8')).not.toContain('SQLite format 3');
      }
    } finally {
      await host.close();
    }
  });

  it('sends a Markdown export (a folder) as one zip that unzips to one file per person', async () => {
    const host = await startHost();
    try {
      await seedTeam(host.tend, 3);
      const exported = (await api(host, 'archive.export', { format: 'markdown' })).json.value as unknown as { name: string; items: number };

      const download = await send(host, { path: `/exports/${exported.name}?token=${host.token}` });

      expect(download.status).toBe(200);
      expect(download.headers['content-type']).toBe('application/zip');
      expect(download.headers['content-disposition']).toBe(`attachment; filename="${exported.name}.zip"`);
      const zip = join(tempDir('tend-zip'), 'export.zip');
      writeFileSync(zip, download.body);
      expect(execFileSync('unzip', ['-t', zip], { encoding: 'utf8' })).toMatch(/No errors detected/);
      const listed = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
      expect(listed).toHaveLength(exported.items);
      expect(listed.every((name) => name.startsWith(`${exported.name}/`) && name.endsWith('.md'))).toBe(true);
    } finally {
      await host.close();
    }
  });
});

describe('uploads in the browser', () => {
  it('takes an archive of more than 1 MiB for the import methods only', async () => {
    const host = await startHost();
    try {
      const big = { source: { text: `{"pad":"${'x'.repeat(2 * 1024 * 1024)}"}` } };
      const preview = await api(host, 'archive.previewImport', big);
      const roster = await api(host, 'roster.preview', { csv: `name,team\nSam Rivera,${'x'.repeat(1_500_000)}\n` });
      const other = await send(host, {
        method: 'POST',
        path: '/api/people.save',
        headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
      });

      // The body was read and the archive judged on its content (not a Tend archive), not refused by size.
      expect(preview.status).toBe(200);
      expect(preview.json.ok).toBe(false);
      expect(preview.json.error?.code).toBe('invalid_input');
      expect(roster.status).toBe(200);
      expect(roster.json.ok).toBe(true);
      expect(other.status).toBe(413);
    } finally {
      await host.close();
    }
  });
});

describe('a damaged database at start-up', () => {
  it('starts the web host in recovery; only recovery is served; restoring brings it back to normal', async () => {
    const clock = pinnedClock(TEST_START);
    const dataDir = join(tempDir('tend-recovery'), 'data');
    const first = await startHost(dataDir, clock);
    await seedTeam(first.tend, 4);
    const backup = expectOk(await first.tend.dispatch('backup.create'));
    await first.close();
    corruptMiddle(join(dataDir, 'tend.sqlite'));
    clock.advance(HOUR);

    const host = await startHost(dataDir, clock);
    try {
      expect(host.mode).toBe('recovery');
      const status = await api(host, 'recovery.status');
      const info = await api(host, 'app.info');
      const refused = await api(host, 'people.list');

      expect(status.json.value).toMatchObject({
        damagedFile: join(dataDir, 'tend.sqlite'),
        newestGoodBackup: { file: backup.file, people: 4, reason: 'manual' },
      });
      expect(info.json.value).toMatchObject({ host: 'web', dataDir });
      expect(refused.json.error?.code).toBe('conflict');

      const restored = await api(host, 'recovery.restore', { file: backup.file });

      expect(restored.json.ok).toBe(true);
      expect(restored.json.value).toMatchObject({ restoredFrom: backup.file, damagedFile: join(dataDir, 'tend.damaged-2026-11-23T15-00-00-000Z.sqlite') });
      expect(existsSync(join(dataDir, 'tend.damaged-2026-11-23T15-00-00-000Z.sqlite'))).toBe(true);
      expect(host.mode).toBe('normal');
      const people = await api(host, 'people.list');
      expect(people.json.value).toHaveLength(4);
      expect((await api(host, 'recovery.status')).json.value).toBeNull();
      // One damaged database kept aside (its -wal/-shm companions, if any, travel with it).
      expect(readdirSync(dataDir).filter((name) => name.startsWith('tend.damaged-') && name.endsWith('.sqlite'))).toHaveLength(1);
    } finally {
      await host.close();
    }
  });

  it('damage the start cannot see is found right after the first answer: open tabs are told, and only recovery is served', async () => {
    const clock = pinnedClock(TEST_START);
    const dataDir = join(tempDir('tend-recovery-after-start'), 'data');
    const first = await startHost(dataDir, clock);
    await seedTeam(first.tend, 4);
    const backup = expectOk(await first.tend.dispatch('backup.create'));
    await first.close();
    corruptTablePages(join(dataDir, 'tend.sqlite'), 'notes');

    const host = await startHost(dataDir, clock);
    try {
      expect(host.mode).toBe('normal');
      // The tab's event stream is open (its headers are in) before the first call.
      const stream = await new Promise<IncomingMessage>((resolve) => {
        const req = request(
          { host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}`, headers: { Host: `127.0.0.1:${host.port}` } },
          resolve,
        );
        req.end();
      });
      const told = new Promise<string>((resolve) => {
        stream.on('data', (chunk: Buffer) => chunk.toString().includes('database.damaged') && resolve(chunk.toString()));
      });
      expect((await api(host, 'people.list')).json.value).toHaveLength(4);
      expect(await told).toContain('event: database.damaged');
      expect(host.mode).toBe('recovery');
      expect((await api(host, 'people.list')).json.error?.code).toBe('conflict');
      expect((await api(host, 'recovery.status')).json.value).toMatchObject({ newestGoodBackup: { file: backup.file } });
      expect((await api(host, 'recovery.restore', { file: backup.file })).json.ok).toBe(true);
      expect(host.mode).toBe('normal');
      expect((await api(host, 'people.list')).json.value).toHaveLength(4);
    } finally {
      await host.close();
    }
  });
});
