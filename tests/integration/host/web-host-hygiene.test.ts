import { request } from 'node:http';
import { connect } from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { clockStartingAt } from '../../../src/core/clock';
import { startWebHost, type WebHost } from '../../../src/host/server';
import { SECURITY_HEADERS } from '../../../src/host/security-headers';
import { tempDir } from '../../fixtures/temp-dir';
import { stubRendererDir } from '../../fixtures/stub-renderer';

async function startHost(): Promise<WebHost> {
  const root = tempDir('tend-host');
  const rendererDir = stubRendererDir(root);
  const host = await startWebHost({
    dataDir: join(root, 'data'),
    rendererDir,
    appVersion: '9.9.9',
    clock: clockStartingAt(new Date('2026-11-23T14:00:00Z')),
  });
  onTestFinished(() => host.close());
  return host;
}

/** Raw bytes over a socket: http.request and fetch refuse to send a malformed request target. */
function rawRequest(port: number, head: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(head));
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.on('end', () => {
      const [headers = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0), headers, body });
    });
    socket.on('error', reject);
  });
}

describe('web host hygiene', () => {
  it('answers a malformed request target with 400 and the error shape, not 500', async () => {
    const host = await startHost();
    for (const target of ['http://[', 'http://[::1', 'http://127.0.0.1:99999/']) {
      const reply = await rawRequest(host.port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`);
      expect(reply.status, target).toBe(400);
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'transport', message: 'That request target is not a valid address.' } });
      expect(reply.headers.toLowerCase()).toContain('x-content-type-options: nosniff');
    }
  });

  it('sends the same security headers on the event stream as on every other answer', async () => {
    const host = await startHost();
    const headers = await new Promise<Record<string, string | string[] | undefined>>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}`, headers: { Host: `127.0.0.1:${host.port}` } },
        (res) => {
          resolve(res.headers);
          req.destroy();
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(headers['content-type']).toBe('text/event-stream; charset=utf-8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  it('refuses text with NUL or a lone surrogate over HTTP as invalid input naming the field', async () => {
    const host = await startHost();
    const call = async (input: unknown) => {
      const reply = await fetch(`http://127.0.0.1:${host.port}/api/people.save`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return { status: reply.status, body: (await reply.json()) as unknown };
    };
    // JSON.stringify escapes a lone surrogate as \ud800, so the host receives it exactly.
    for (const name of ['\u0000abc', 'x\ud800', '\u200b']) {
      const reply = await call({ name });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'name' } });
    }
    const list = await fetch(`http://127.0.0.1:${host.port}/api/people.list`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}` } });
    expect(await list.json()).toEqual({ ok: true, value: [] });
  });

  it('refuses a page naming a file on this computer for export or import, and writes nothing there', async () => {
    const host = await startHost();
    const elsewhere = tempDir('tend-elsewhere');
    const call = async (method: string, input: unknown) => {
      const reply = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return { status: reply.status, body: (await reply.json()) as unknown };
    };
    const refusals = [
      await call('archive.export', { format: 'json', destination: join(elsewhere, 'out.json') }),
      await call('archive.previewImport', { source: { path: join(elsewhere, 'in.json') } }),
      await call('archive.import', { source: { path: join(elsewhere, 'in.json') }, mode: 'replace' }),
      await call('backup.restoreFile', { path: join(elsewhere, 'old.sqlite') }),
    ];
    for (const reply of refusals) {
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({ ok: false, error: { code: 'transport' } });
    }
    expect(readdirSync(elsewhere)).toEqual([]);
    // Without a path the export lands in the data folder's exports, where the host can offer it.
    expect(await call('archive.export', { format: 'ics' })).toMatchObject({ status: 200, body: { ok: true } });
  });
});
