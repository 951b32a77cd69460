import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clockStartingAt } from '../../../src/core/clock';
import { BATCH_PATH, MAX_BATCH_CALLS, startWebHost, type WebHost } from '../../../src/host/server';
import { HOST_PATH_REFUSAL } from '../../../src/shared/archive';

let root: string;
let host: WebHost;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'tend-host-batch-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Tend</title>');
  host = await startWebHost({ dataDir: join(root, 'data'), rendererDir: join(root, 'renderer'), appVersion: '9.9.9', clock: clockStartingAt(new Date('2026-11-23T14:00:00Z')) });
});

afterEach(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

async function post(path: string, body: unknown, token = host.token, method = 'POST'): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`http://127.0.0.1:${host.port}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(method === 'POST' ? { body: body === undefined ? '' : JSON.stringify(body) } : {}),
  });
  return { status: response.status, json: await response.json() };
}

describe('POST /api/batch: a page’s first reads in one request (issue 21)', () => {
  it('answers each call in order, exactly as the same calls sent one by one', async () => {
    const saved = (await post('/api/people.save', { name: 'Priya Raman' })).json as { value: { id: string } };
    const calls = [
      { method: 'people.list', input: { includeArchived: true } },
      { method: 'settings.get' },
      { method: 'people.profile', input: { id: saved.value.id } },
      { method: 'recovery.status' },
      { method: 'attention.summary', input: { weekStartsOn: 1 } },
    ];
    const alone = [];
    for (const call of calls) alone.push((await post(`/api/${call.method}`, call.input)).json);
    const batch = await post(BATCH_PATH, calls);
    expect(batch.status).toBe(200);
    expect(batch.json).toEqual(alone);
  });

  it('gives each call its own refusal: an invalid input, an unknown method and a host path fail alone, the rest are answered', async () => {
    const batch = await post(BATCH_PATH, [
      { method: 'people.profile', input: { id: 42 } },
      { method: 'people.teleport', input: {} },
      { method: 'archive.export', input: { format: 'json', destination: '/etc' } },
      { method: 'people.list', input: { includeArchived: false } },
    ]);
    const [invalid, unknown, hostPath, list] = batch.json as { ok: boolean; value?: unknown; error?: { code: string; message: string } }[];
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(unknown?.ok).toBe(false);
    expect(hostPath).toEqual({ ok: false, error: { code: 'transport', message: HOST_PATH_REFUSAL } });
    expect(list).toEqual({ ok: true, value: [] });
  });

  it('refuses the whole request without the token, running none of its calls', async () => {
    const refused = await post(BATCH_PATH, [{ method: 'people.save', input: { name: 'Not Added' } }], 'wrong-token');
    expect(refused.status).toBe(401);
    expect(refused.json).toMatchObject({ ok: false, error: { code: 'transport' } });
    expect((await post('/api/people.list', { includeArchived: true })).json).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['not a list', { method: 'people.list' }],
    ['an empty list', []],
    [`more than ${MAX_BATCH_CALLS} calls`, Array.from({ length: MAX_BATCH_CALLS + 1 }, () => ({ method: 'settings.get' }))],
    ['a call without a method', [{ input: {} }]],
    ['a call that is not an object', ['people.list']],
  ])('refuses %s with 400', async (_what, body) => {
    const refused = await post(BATCH_PATH, body);
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ ok: false, error: { code: 'transport' } });
  });

  it('takes only POST', async () => {
    expect((await post(BATCH_PATH, undefined, host.token, 'GET')).status).toBe(405);
  });
});
