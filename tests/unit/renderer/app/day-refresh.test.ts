import { afterEach, describe, expect, it, vi } from 'vitest';

/** The host's events, delivered by hand: `day.changed` is what the host sends at midnight, on a wake, after a clock jump. */
const listeners = vi.hoisted(() => new Map<string, Set<(payload: unknown) => void>>());
vi.mock('../../../../src/renderer/app/api', () => ({
  call: vi.fn(),
  onEvent: (event: string, listener: (payload: unknown) => void) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
}));

const { refreshOn, refreshOnNewDay } = await import('../../../../src/renderer/app/data-changes');
const { windowDay } = await import('../../../../src/renderer/app/window-day.svelte');

const emit = (event: string, payload: unknown) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

/** A window whose visibility the test sets, as a laptop lid or another app would. */
function fakeWindow() {
  const handlers = new Set<() => void>();
  const document = {
    visibilityState: 'visible' as 'visible' | 'hidden',
    addEventListener: (_: string, handler: () => void) => handlers.add(handler),
    removeEventListener: (_: string, handler: () => void) => handlers.delete(handler),
  };
  return {
    window: { document } as unknown as Window,
    show(state: 'visible' | 'hidden') {
      document.visibilityState = state;
      for (const handler of handlers) handler();
    },
    handlers,
  };
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('views that show today reload when the day turns (issue 19)', () => {
  it('on the host’s day.changed (midnight, a wake, a clock jump): every open view reloads once', async () => {
    const today = vi.fn(async () => undefined);
    const journal = vi.fn(async () => undefined);
    stops.push(refreshOn(['attention'], today), refreshOn(['journal'], journal));
    const page = fakeWindow();
    stops.push(refreshOnNewDay(page.window, () => new Date(2026, 10, 23, 9)));

    emit('day.changed', { today: '2026-11-24' });

    expect(today).toHaveBeenCalledTimes(1);
    expect(journal).toHaveBeenCalledTimes(1);
  });

  it('a window coming back into view on a later day reloads its views; on the same day it does not', async () => {
    const load = vi.fn(async () => undefined);
    stops.push(refreshOn(['attention'], load));
    let now = new Date(2026, 10, 23, 23, 50);
    const page = fakeWindow();
    stops.push(refreshOnNewDay(page.window, () => now));

    page.show('hidden');
    page.show('visible');
    expect(load).not.toHaveBeenCalled();

    // The laptop slept with the window open and wakes three days on, before the host said anything.
    page.show('hidden');
    now = new Date(2026, 10, 26, 8, 0);
    page.show('visible');
    expect(load).toHaveBeenCalledTimes(1);

    page.show('hidden');
    page.show('visible');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('turns the window’s day before the views reload, so what they reload words itself from the new day', async () => {
    const page = fakeWindow();
    let now = new Date(2026, 10, 27, 18, 0);
    const seen: string[] = [];
    stops.push(refreshOn(['journal'], async () => void seen.push(windowDay.day)));
    stops.push(refreshOnNewDay(page.window, () => now));

    // The host's day wins when it says so (its clock is the one the data is written by).
    now = new Date(2026, 10, 30, 8, 30);
    emit('day.changed', { today: '2026-11-30' });
    expect(seen).toEqual(['2026-11-30']);
    expect(windowDay.now).toEqual(now);

    // Back into view two days on, before the host said anything: the window's own day.
    page.show('hidden');
    now = new Date(2026, 11, 2, 7, 0);
    page.show('visible');
    expect(seen).toEqual(['2026-11-30', '2026-12-02']);
    expect(windowDay.day).toBe('2026-12-02');
  });

  it('stopping it stops listening', () => {
    const page = fakeWindow();
    const stop = refreshOnNewDay(page.window, () => new Date(2026, 10, 23, 9));
    expect(page.handlers.size).toBe(1);
    expect(listeners.get('day.changed')?.size).toBe(1);
    stop();
    expect(page.handlers.size).toBe(0);
    expect(listeners.get('day.changed')?.size).toBe(0);
  });
});
