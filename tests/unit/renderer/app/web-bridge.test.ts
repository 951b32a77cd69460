// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installBridge, webBridge } from '../../../../src/renderer/app/bridge';
import { onDataChanged, written } from '../../../../src/renderer/app/data-changes';

/** The browser's EventSource, connecting only when the test says so. */
class HeldEventSource extends EventTarget {
  static opened: HeldEventSource[] = [];
  constructor(readonly url: string) {
    super();
    HeldEventSource.opened.push(this);
  }
  close(): void {}
}

const settings = { theme: 'system', weekStart: 0, defaultCadenceDays: 7, defaultMaxDays: null, digestTime: '09:00', reflectionTime: '17:30', quietHours: { start: '20:00', end: '08:00' }, workdays: [1, 2, 3, 4, 5], closeToTray: true, launchAtLogin: false, pauseUntil: null };

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
