// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installBridge, webBridge } from '../../../../src/renderer/app/bridge';
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
});
