import { request } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clockStartingAt } from '../../../src/core/clock';
import { startWebHost, type WebHost } from '../../../src/host/server';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP so tests control the Host header and the exact path (fetch normalises both). */
function send(host: WebHost, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, method: options.method ?? 'POST', path: options.path, headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function api(host: WebHost, method: string, input?: unknown, headers: Record<string, string> = {}) {
  return send(host, {
    path: `/api/${method}`,
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json', ...headers },
    body: input === undefined ? '' : JSON.stringify(input),
  });
}

let root: string;
let rendererDir: string;
let dataDir: string;
let host: WebHost;
const start = () =>
  startWebHost({ dataDir, rendererDir, appVersion: '9.9.9', clock: clockStartingAt(new Date('2026-11-23T14:00:00Z')) });

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'tend-host-'));
  rendererDir = join(root, 'renderer');
  dataDir = join(root, 'data');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Tend</title>');
  writeFileSync(join(root, 'secret.txt'), 'private');
  host = await start();
});

afterEach(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

describe('web host transport', () => {
  it('listens on loopback only and prints a URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a valid call with 200 and the result shape', async () => {
    const reply = await api(host, 'people.save', { name: 'Priya Raman', cadenceDays: 14 });
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.body);
    expect(body.ok).toBe(true);
    expect(body.value).toMatchObject({ name: 'Priya Raman', cadenceDays: 14, archivedAt: null });
  });

  it('refuses a missing or wrong token with 401 and the error shape, writing nothing', async () => {
    const missing = await send(host, { path: '/api/people.save', body: JSON.stringify({ name: 'Sam' }) });
    const wrong = await api(host, 'people.save', { name: 'Sam' }, { Authorization: 'Bearer nope' });
    for (const reply of [missing, wrong]) {
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'transport', message: 'Missing or wrong token.' } });
    }
    expect(JSON.parse((await api(host, 'people.list')).body).value).toEqual([]);
  });

  it('refuses a foreign Host header with 403 (DNS rebinding), even with the token', async () => {
    const reply = await api(host, 'people.list', undefined, { Host: `evil.example:${host.port}` });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.code).toBe('transport');
    const page = await send(host, { method: 'GET', path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('accepts localhost:PORT as the Host', async () => {
    const reply = await api(host, 'people.list', undefined, { Host: `localhost:${host.port}` });
    expect(reply.status).toBe(200);
  });

  it('answers non-JSON with 400', async () => {
    const reply = await send(host, {
      path: '/api/people.save',
      headers: { Authorization: `Bearer ${host.token}` },
      body: '{"name": "Sam"',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error).toEqual({ code: 'transport', message: 'The request body is not valid JSON.' });
  });

  it('answers bodies over 1 MiB with 413 and stores nothing', async () => {
    const reply = await api(host, 'people.save', { name: 'Sam', role: 'x'.repeat(1024 * 1024) });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.code).toBe('transport');
    expect(JSON.parse((await api(host, 'people.list')).body).value).toEqual([]);
  });

  it('passes contract errors through with 200: invalid input names the field and changes nothing', async () => {
    const reply = await api(host, 'people.save', { name: '   ' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Name cannot be empty.', field: 'name' },
    });
    const unknown = JSON.parse((await api(host, 'people.explode', {})).body);
    expect(unknown.error.code).toBe('unknown_method');
    expect(JSON.parse((await api(host, 'people.list')).body).value).toEqual([]);
  });

  it('allows only POST for API calls', async () => {
    const reply = await send(host, { method: 'GET', path: '/api/people.list', headers: { Authorization: `Bearer ${host.token}` } });
    expect(reply.status).toBe(405);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const page = await send(host, { method: 'GET', path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body).toContain('<title>Tend</title>');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send(host, { method: 'GET', path });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('private');
    }
  });

  it('streams data.changed over Server-Sent Events after a write', async () => {
    // The save is awaited before the test ends: its event can arrive before its own answer, and a
    // host closed under an unanswered call resets it (an unhandled ECONNRESET in the next test).
    let saved: Promise<unknown> = Promise.resolve();
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}`, headers: { Host: `127.0.0.1:${host.port}` } },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
            if (text.includes('event: data.changed')) {
              resolve(text);
              req.destroy();
            } else if (text.includes(': connected')) {
              saved = api(host, 'people.save', { name: 'Ines' });
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(await received).toContain('data: {"method":"people.save","touches":["people","profile"]}');
    await saved;
  });

  it('refuses the event stream without the token', async () => {
    const reply = await send(host, { method: 'GET', path: '/api/events' });
    expect(reply.status).toBe(401);
  });

  it('keeps data across a restart and checkpoints the WAL on close', async () => {
    await api(host, 'people.save', { name: 'Kofi Mensah' });
    await host.close();
    const wal = join(dataDir, 'tend.sqlite-wal');
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    host = await start();
    const names = JSON.parse((await api(host, 'people.list')).body).value.map((p: { name: string }) => p.name);
    expect(names).toEqual(['Kofi Mensah']);
  });
});
