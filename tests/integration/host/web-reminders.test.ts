/**
 * Reminders in the web host over real HTTP and Server-Sent Events, with the test clock moved through
 * `POST /test/clock`. New York is UTC-5 in November: 09:00 there is 14:00Z. Monday 23 Nov 2026.
 */
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttentionForReminders } from '../../../src/core/reminders/scheduler';
import { startWebHost, TEST_CLOCK_PATH, type WebHost } from '../../../src/host/server';
import { team } from '../../unit/core/reminders/planner-fixtures';
import { tempDir } from '../../fixtures/temp-dir';
import { openEvents, type SseEvent } from '../../fixtures/event-stream';
import { stubRendererDir } from '../../fixtures/stub-renderer';

function post(host: WebHost, path: string, body: unknown, token = host.token): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path,
        headers: { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

const moveClock = (host: WebHost, to: string) => post(host, TEST_CLOCK_PATH, { to });
const api = async (host: WebHost, method: string, input: unknown = {}) => (await post(host, `/api/${method}`, input)).body as { ok: boolean; value: any };

const hosts: WebHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
});

async function start(options: { testClock: boolean; attention?: () => AttentionForReminders }): Promise<WebHost> {
  const root = tempDir('tend-web-reminders');
  const rendererDir = stubRendererDir(root);
  const host = await startWebHost({
    dataDir: join(root, 'data'),
    rendererDir,
    appVersion: '9.9.9',
    clock: () => new Date('2026-11-23T11:00:00.000Z'),
    testClock: options.testClock,
    ...(options.attention ? { attention: options.attention } : {}),
    timeZone: () => 'America/New_York',
  });
  hosts.push(host);
  return host;
}

const reminders = (events: SseEvent[]) => events.filter((e) => e.event === 'reminder').map((e) => e.data as { title: string; body: string; route: string; id: string });

describe('web host reminders', () => {
  it('has no test clock route unless started with the test flag', async () => {
    const host = await start({ testClock: false });
    const reply = await moveClock(host, '2026-11-23T14:00:00.000Z');
    expect(reply.status).toBe(404);
    const missed = await api(host, 'reminders.missed');
    expect(missed).toEqual({ ok: true, value: [] });
  });

  it('refuses to move the test clock without the token or without an instant', async () => {
    const host = await start({ testClock: true });
    expect((await post(host, TEST_CLOCK_PATH, { to: '2026-11-23T14:00:00.000Z' }, 'wrong')).status).toBe(401);
    expect((await moveClock(host, 'tomorrow')).status).toBe(400);
  });

  it('sends exactly one digest at 09:00 on a workday naming the most overdue person, one catch-up after a 3-day sleep, nothing in quiet hours or at the weekend', async () => {
    const host = await start({ testClock: true, attention: () => ({ ...team(), needingAttention: 5 }) });
    const stream = await openEvents(host);
    try {
      await moveClock(host, '2026-11-23T13:59:00.000Z');
      expect(reminders(stream.events)).toEqual([]);
      await moveClock(host, '2026-11-23T14:00:00.000Z');
      await moveClock(host, '2026-11-23T14:20:00.000Z');
      await vi.waitFor(() => expect(reminders(stream.events)).toHaveLength(1));
      expect(reminders(stream.events)[0]).toMatchObject({ title: '5 people could use your time', route: '#/today' });
      expect(reminders(stream.events)[0]!.body).toMatch(/^Sam, /);

      // Asleep from Monday afternoon to Thursday 11:00: one catch-up, not three digests.
      await moveClock(host, '2026-11-26T16:00:00.000Z');
      await vi.waitFor(() => expect(reminders(stream.events)).toHaveLength(2));
      // Thursday 21:00 and 23:00: quiet hours, the missed reflection is not sent.
      await moveClock(host, '2026-11-27T02:00:00.000Z');
      await moveClock(host, '2026-11-27T04:00:00.000Z');
      // Saturday 09:00 and 18:00: the weekend.
      await moveClock(host, '2026-11-28T14:00:00.000Z');
      await moveClock(host, '2026-11-28T23:00:00.000Z');
      expect(reminders(stream.events)).toHaveLength(2);

      // Both were on screen in the open tab: nothing was missed, and the history keeps both.
      expect((await api(host, 'reminders.missed')).value).toEqual([]);
      const history = await api(host, 'reminders.history');
      expect(history.value.map((r: { localDay: string; kind: string; shownAt: string | null }) => [r.localDay, r.kind, r.shownAt !== null])).toEqual([
        ['2026-11-26', 'digest', true],
        ['2026-11-23', 'digest', true],
      ]);
    } finally {
      stream.close();
    }
  });

  it('keeps a reminder sent while no tab is open in the Missed list, and opens and dismisses through the contract', async () => {
    const host = await start({ testClock: true, attention: () => ({ ...team(), needingAttention: 5 }) });
    await moveClock(host, '2026-11-23T14:00:00.000Z');
    const [missed] = (await api(host, 'reminders.missed')).value as { id: string; shownAt: string | null; failedReason: string }[];
    expect(missed).toMatchObject({ shownAt: null, failedReason: 'No Tend tab was open to show it.' });
    expect(await api(host, 'reminders.open', { id: missed!.id })).toEqual({ ok: true, value: { route: '#/today' } });
    expect((await api(host, 'reminders.missed')).value).toEqual([]);
    expect(await api(host, 'reminders.dismiss', { id: 'all' })).toEqual({ ok: true, value: { dismissed: 0 } });
  });

  it('answers a test reminder with what happened: shown in an open tab, failed with the fix when none is open', async () => {
    const host = await start({ testClock: true });
    expect((await api(host, 'reminders.test')).value).toEqual({
      status: 'failed',
      reason: 'No Tend tab was open to show it.',
      fix: 'Keep a Tend tab open to see reminders as they come; missed ones wait on Today.',
    });
    const stream = await openEvents(host);
    try {
      expect((await api(host, 'reminders.test')).value).toEqual({ status: 'shown', fix: null });
      await vi.waitFor(() => expect(reminders(stream.events)).toMatchObject([{ route: '#/settings' }]));
      // Not stored, so it carries no id for the page to open or dismiss.
      expect(reminders(stream.events)[0]).not.toHaveProperty('id');
      expect((await api(host, 'reminders.missed')).value).toEqual([]);
      expect((await api(host, 'reminders.platform')).value).toMatchObject({ host: 'web', notifications: 'in-app', tray: false });
    } finally {
      stream.close();
    }
  });

  it('pushes attention.changed when the count changes after a write, and pauses through reminders.pause', async () => {
    let count = 3;
    const host = await start({ testClock: true, attention: () => ({ ...team(), needingAttention: count }) });
    const stream = await openEvents(host);
    try {
      count = 2;
      expect((await api(host, 'people.save', { name: 'Priya Raman' })).ok).toBe(true);
      await vi.waitFor(() => expect(stream.events.filter((e) => e.event === 'attention.changed').map((e) => e.data)).toEqual([{ count: 2 }]));

      const paused = await api(host, 'reminders.pause', { until: '2026-11-24T15:00:00Z' });
      expect(paused.value.pauseUntil).toBe('2026-11-24T15:00:00.000Z');
      await moveClock(host, '2026-11-24T14:00:00.000Z');
      expect(reminders(stream.events)).toEqual([]);
      await moveClock(host, '2026-11-24T15:00:00.000Z');
      await vi.waitFor(() => expect(reminders(stream.events)).toHaveLength(1));
    } finally {
      stream.close();
    }
  });

  it('saves settings through the contract, refusing a bad field by name and writing nothing', async () => {
    const host = await start({ testClock: false });
    expect((await api(host, 'settings.get')).value).toMatchObject({ digestTime: '09:00', workdays: [1, 2, 3, 4, 5], closeToTray: true });
    expect((await api(host, 'settings.set', { digestTime: '08:15', workdays: [5, 1] })).value).toMatchObject({ digestTime: '08:15', workdays: [1, 5] });
    expect(await api(host, 'settings.set', { defaultMaxDays: 3 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'defaultMaxDays' },
    });
    expect(await api(host, 'settings.set', { digestTime: '9am' })).toMatchObject({ ok: false, error: { field: 'digestTime' } });
    expect((await api(host, 'settings.get')).value).toMatchObject({ digestTime: '08:15', defaultMaxDays: null });
  });
});
