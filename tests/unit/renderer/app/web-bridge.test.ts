// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installBridge, together, webBridge } from '../../../../src/renderer/app/bridge';
import { onDataChanged, written } from '../../../../src/renderer/app/data-changes';
import { DEFAULT_SETTINGS } from '../../../../src/shared/settings';

/** The browser's EventSource, connecting only when the test says so. */
class HeldEventSource extends EventTarget {
  static opened: HeldEventSource[] = [];
  constructor(readonly url: string) {
    super();
    HeldEventSource.opened.push(this);
  }
  close(): void {}
}

// What the host answers: the stored settings, here the defaults with the week starting on Sunday.
const settings = { ...DEFAULT_SETTINGS, weekStart: 0 };

afterEach(() => {
  vi.unstubAllGlobals();
  HeldEventSource.opened = [];
});

describe('the web bridge', () => {
  it('sends a write only once its event stream is connected, so the write’s announcement reaches this tab', async () => {
    const posts: string[] = [];
    vi.stubGlobal('EventSource', HeldEventSource);
    vi.stubGlobal('fetch', async (url: string) => {
      posts.push(url);
      return new Response(JSON.stringify({ ok: true, value: settings }), { headers: { 'Content-Type': 'application/json' } });
    });
    installBridge(webBridge());
    const stop = onDataChanged(['settings'], () => undefined);

    const saving = written('settings.set', { weekStart: 0 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posts).toEqual([]);

    const [stream] = HeldEventSource.opened;
    stream?.dispatchEvent(new Event('open'));
    expect(await saving).toEqual(settings);
    expect(posts).toEqual(['/api/settings.set']);
    stop();
  });

  it('lets a write through when the stream cannot connect, to report the host’s own failure', async () => {
    vi.stubGlobal('EventSource', HeldEventSource);
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    installBridge(webBridge());
    const stop = onDataChanged(['settings'], () => undefined);

    const saving = written('settings.set', { weekStart: 0 });
    HeldEventSource.opened[0]?.dispatchEvent(new Event('error'));
    await expect(saving).rejects.toThrow('Tend’s local host is not answering.');
    stop();
  });

  it('sends the calls made together as one request and answers each with its own result, a lone call as itself', async () => {
    const posts: { url: string; body: string }[] = [];
    vi.stubGlobal('EventSource', HeldEventSource);
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      posts.push({ url, body: String(init.body) });
      const answer = url === '/api/batch' ? [{ ok: true, value: settings }, { ok: false, error: { code: 'not_found', message: 'No such person.' } }] : { ok: true, value: [] };
      return new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json' } });
    });
    const bridge = webBridge();
    let first!: ReturnType<typeof bridge.invoke>;
    let second!: ReturnType<typeof bridge.invoke>;
    together(() => {
      first = bridge.invoke('settings.get');
      second = bridge.invoke('people.profile', { id: 'gone' });
    });
    expect(await first).toEqual({ ok: true, value: settings });
    expect(await second).toEqual({ ok: false, error: { code: 'not_found', message: 'No such person.' } });
    expect(posts).toEqual([{ url: '/api/batch', body: JSON.stringify([{ method: 'settings.get' }, { method: 'people.profile', input: { id: 'gone' } }]) }]);

    let alone!: ReturnType<typeof bridge.invoke>;
    together(() => {
      alone = bridge.invoke('people.list', { includeArchived: true });
    });
    expect(await alone).toEqual({ ok: true, value: [] });
    expect(posts[1]).toEqual({ url: '/api/people.list', body: JSON.stringify({ includeArchived: true }) });
  });

  it('answers every call of a batch the host refused, or did not answer, with that refusal', async () => {
    vi.stubGlobal('EventSource', HeldEventSource);
    const refusal = { ok: false, error: { code: 'transport', message: 'Missing or wrong token.' } };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(refusal), { status: 401, headers: { 'Content-Type': 'application/json' } }));
    const bridge = webBridge();
    const calls: ReturnType<typeof bridge.invoke>[] = [];
    together(() => calls.push(bridge.invoke('settings.get'), bridge.invoke('people.list', { includeArchived: true })));
    expect(await Promise.all(calls)).toEqual([refusal, refusal]);

    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const unanswered: ReturnType<typeof bridge.invoke>[] = [];
    together(() => unanswered.push(bridge.invoke('settings.get'), bridge.invoke('sample.status', {})));
    for (const result of await Promise.all(unanswered)) expect(result).toMatchObject({ ok: false, error: { code: 'transport', message: expect.stringContaining('not answering') } });
  });
});
