/**
 * The lock over real HTTP (issue 24): once locked, the session token alone reveals nothing; an
 * unlock hands the tab a fresh token in its answer, which every later call must carry in its header.
 */
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, TEST_CLOCK_PATH, type WebHost } from '../../../src/host/server';
import { UNLOCK_HEADER } from '../../../src/shared/unlock-token';
import type { AttentionForReminders } from '../../../src/core/reminders/scheduler';
import { tempDir } from '../../fixtures/temp-dir';
import { openEvents } from '../../fixtures/event-stream';
import { team } from '../../unit/core/reminders/planner-fixtures';
import { vi } from 'vitest';
import { stubRendererDir } from '../../fixtures/stub-renderer';

const MARKER = 'Marker sentence: Priya’s father is in hospital';

function post(host: WebHost, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: path.startsWith('/exports/') ? 'GET' : 'POST',
        path,
        headers: { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(path.startsWith('/exports/') ? undefined : JSON.stringify(body));
  });
}

const hosts: WebHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
});

async function start(attention?: () => AttentionForReminders): Promise<WebHost> {
  const root = tempDir('tend-web-lock');
  const rendererDir = stubRendererDir(root);
  const host = await startWebHost({
    dataDir: join(root, 'data'),
    rendererDir,
    appVersion: '9.9.9',
    clock: () => new Date('2026-11-23T11:00:00.000Z'),
    testClock: true,
    timeZone: () => 'America/New_York',
    ...(attention ? { attention } : {}),
  });
  hosts.push(host);
  return host;
}

describe('the web host behind the lock', () => {
  it('after locking, the API without the new unlock token reveals no note text, and the export download is refused too', async () => {
    const host = await start();
    const person = JSON.parse((await post(host, '/api/people.save', { name: 'Priya Raman' })).text) as { value: { id: string } };
    await post(host, '/api/notes.save', { personId: person.value.id, body: MARKER });
    const exported = JSON.parse((await post(host, '/api/archive.export', { format: 'json' })).text) as { value: { name: string } };

    expect((await post(host, '/api/lock.lock', {})).status).toBe(200);
    const reads = [
      ['/api/timeline.page', { personId: person.value.id }],
      ['/api/search.query', { query: 'hospital' }],
      ['/api/people.list', {}],
      ['/api/people.profile', { id: person.value.id }],
    ] as const;
    for (const [path, input] of reads) {
      const reply = await post(host, path, input);
      expect(reply.text, path).not.toContain('hospital');
      expect(reply.text, path).not.toContain('Priya');
      expect(JSON.parse(reply.text), path).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
    const download = `/exports/${exported.value.name}?token=${host.token}`;
    expect(await post(host, download, null)).toMatchObject({ status: 403 });

    const unlocked = JSON.parse((await post(host, '/api/lock.unlock', {})).text) as { value: { unlocked: boolean; unlockToken: string } };
    expect(unlocked.value.unlocked).toBe(true);
    const token = unlocked.value.unlockToken;
    // The session token alone, or a stale unlock token, still reveals nothing.
    for (const headers of [{}, { [UNLOCK_HEADER]: 'stale-or-guessed' }] as Record<string, string>[]) {
      for (const [path, input] of reads) {
        const reply = await post(host, path, input, headers);
        expect(reply.text, path).not.toContain('hospital');
        expect(JSON.parse(reply.text), path).toMatchObject({ ok: false, error: { code: 'locked' } });
      }
      expect(await post(host, download, null)).toMatchObject({ status: 403 });
    }
    // With it, the tab reads as before.
    const page = await post(host, '/api/timeline.page', { personId: person.value.id }, { [UNLOCK_HEADER]: token });
    expect(page.text).toContain(MARKER);
    expect((await post(host, `${download}&unlock=${encodeURIComponent(token)}`, null)).text).toContain(MARKER);
  });

  it('tells every tab when it locks, and locks on idle when the test clock says the leader was away', async () => {
    const host = await start();
    const changes: boolean[] = [];
    host.tend.lock.onChange((locked) => changes.push(locked));
    // Time passing for reminders alone is not idleness.
    await post(host, TEST_CLOCK_PATH, { to: '2026-11-23T14:00:00.000Z' });
    expect(host.tend.lock.isLocked()).toBe(false);
    await post(host, TEST_CLOCK_PATH, { to: '2026-11-23T14:14:00.000Z', idle: true });
    expect(host.tend.lock.isLocked()).toBe(false);
    await post(host, TEST_CLOCK_PATH, { to: '2026-11-23T14:15:00.000Z', idle: true });
    expect(changes).toEqual([true]);
  });
});

describe('reminders while locked', () => {
  it('the digest says how many people could use your time and names nobody; unlocked again, names come back', async () => {
    const host = await start(() => ({ ...team(), needingAttention: 5 }));
    const stream = await openEvents(host);
    try {
      await post(host, '/api/lock.lock', {});
      await vi.waitFor(() => expect(stream.events).toContainEqual({ event: 'lock.changed', data: { locked: true } }));
      await post(host, TEST_CLOCK_PATH, { to: '2026-11-23T14:00:00.000Z' });
      await vi.waitFor(() => expect(stream.events.filter((e) => e.event === 'reminder')).toHaveLength(1));
      const [digest] = stream.events.filter((e) => e.event === 'reminder');
      expect(digest!.data).toMatchObject({ title: 'Tend — 5 people could use your time', body: 'Unlock Tend to see who.', route: '#/today' });
      expect(JSON.stringify(digest!.data)).not.toMatch(/Sam|Priya|Lee|Ana|Kim|budget/);

      const unlocked = JSON.parse((await post(host, '/api/lock.unlock', {})).text) as { value: { unlockToken: string } };
      await vi.waitFor(() => expect(stream.events).toContainEqual({ event: 'lock.changed', data: { locked: false } }));
      // The Missed list and history keep the named words, for the leader once unlocked.
      const history = JSON.parse((await post(host, '/api/reminders.history', {}, { [UNLOCK_HEADER]: unlocked.value.unlockToken })).text) as {
        value: { title: string }[];
      };
      expect(history.value.map((r) => r.title)).toEqual(['5 people could use your time']);
    } finally {
      stream.close();
    }
  });

  it('a tab that has not unlocked since the last lock gets reminders without names, while the tab that unlocked gets them named', async () => {
    const host = await start(() => ({ ...team(), needingAttention: 5 }));
    await post(host, '/api/lock.lock', {});
    const unlocked = JSON.parse((await post(host, '/api/lock.unlock', {})).text) as { value: { unlockToken: string } };
    const mine = await openEvents(host, unlocked.value.unlockToken);
    const others = [await openEvents(host), await openEvents(host, 'stale-or-guessed')];
    try {
      await post(host, TEST_CLOCK_PATH, { to: '2026-11-23T14:00:00.000Z' });
      await vi.waitFor(() => {
        for (const stream of [mine, ...others]) expect(stream.events.filter((e) => e.event === 'reminder')).toHaveLength(1);
      });
      const named = mine.events.find((e) => e.event === 'reminder')!.data;
      expect(named).toMatchObject({ title: '5 people could use your time' });
      expect(JSON.stringify(named)).toMatch(/Sam|Priya|Lee|Ana|Kim/);
      for (const stream of others) {
        const digest = stream.events.find((e) => e.event === 'reminder')!.data;
        expect(digest).toMatchObject({ title: 'Tend — 5 people could use your time', body: 'Unlock Tend to see who.' });
        expect(JSON.stringify(digest)).not.toMatch(/Sam|Priya|Lee|Ana|Kim|budget/);
      }
    } finally {
      for (const stream of [mine, ...others]) stream.close();
    }
  });
});
