/**
 * The renderer's private storage (issue 24): drafts and recent searches held in the page's memory
 * and written through to the encrypted database in order, a failed write kept and sent again, and
 * what an older Tend left in localStorage moved in — removed from there only once the database has it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrivateEntry, PrivateSaveOrder } from '../../../../src/shared/private-state';
import { PrivateStorage, RETRY_MS, type PrivateStateCalls } from '../../../../src/renderer/app/private-storage';
import { memoryStorage } from '../memory-storage';

function fakeCore(kept: PrivateEntry[] = []) {
  const saves: { set: PrivateEntry[]; remove: string[] }[] = [];
  const orders: PrivateSaveOrder[] = [];
  const failures = { next: 0 };
  /** While set, each save waits for its own `release()` before it is answered (a host under load). */
  const held: { on: boolean; waiting: (() => void)[] } = { on: false, waiting: [] };
  const calls: PrivateStateCalls = {
    list: async () => kept,
    save: async ({ set, remove, order }) => {
      const save = { set, remove };
      orders.push(order);
      saves.push(save);
      if (held.on) await new Promise<void>((release) => held.waiting.push(release));
      if (failures.next > 0) {
        failures.next -= 1;
        saves.splice(saves.indexOf(save), 1);
        throw new Error('Tend’s local host is not answering.');
      }
      return null;
    },
  };
  return { calls, saves, orders, failures, held };
}

/** A window with what `sendAtOnceWhenHidden` listens to, and a way to hide it as a closing tab does. */
function fakeWindow() {
  const target = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const window = Object.assign(target, { document }) as unknown as Window;
  return {
    window,
    close(): void {
      document.visibilityState = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      target.dispatchEvent(new Event('pagehide'));
    },
  };
}

/** Storage on a page that sends at once when hidden, over a core that holds every save's answer until released. */
function storageOnClosingPage() {
  const core = fakeCore();
  const page = fakeWindow();
  const storage = new PrivateStorage(() => core.calls);
  storage.sendAtOnceWhenHidden(page.window);
  core.held.on = true;
  return { core, page, storage };
}

afterEach(() => vi.useRealTimers());

describe('PrivateStorage', () => {
  it('answers reads at once and writes the changes of one task as one save, in order', async () => {
    const core = fakeCore();
    const storage = new PrivateStorage(() => core.calls);
    storage.setItem('tend.draft:p1:note:new', '{"a":1}');
    storage.setItem('tend.search.recent', '["Wren"]');
    storage.removeItem('tend.search.recent');
    expect(storage.getItem('tend.draft:p1:note:new')).toBe('{"a":1}');
    expect(storage.getItem('tend.search.recent')).toBeNull();
    await storage.flushed();
    expect(core.saves).toEqual([{ set: [{ key: 'tend.draft:p1:note:new', value: '{"a":1}' }], remove: ['tend.search.recent'] }]);

    storage.setItem('tend.draft:p1:note:new', '{"a":2}');
    await storage.flushed();
    storage.removeItem('tend.draft:p1:note:new');
    await storage.flushed();
    expect(core.saves.slice(1)).toEqual([
      { set: [{ key: 'tend.draft:p1:note:new', value: '{"a":2}' }], remove: [] },
      { set: [], remove: ['tend.draft:p1:note:new'] },
    ]);
    expect(storage.length).toBe(0);
  });

  it('keeps a change whose write failed and sends it again, the newest value winning', async () => {
    vi.useFakeTimers();
    const core = fakeCore();
    const storage = new PrivateStorage(() => core.calls);
    core.failures.next = 1;
    storage.setItem('tend.journal.draft.2026-12-07', 'first');
    await expect(storage.flushed()).rejects.toThrow(/could not keep a draft/);
    expect(core.saves).toEqual([]);
    storage.setItem('tend.journal.draft.2026-12-07', 'second');
    await storage.flushed();
    expect(core.saves).toEqual([{ set: [{ key: 'tend.journal.draft.2026-12-07', value: 'second' }], remove: [] }]);

    core.failures.next = 1;
    storage.setItem('tend.search.recent', '["budget"]');
    await expect(storage.flushed()).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    await storage.flushed();
    expect(core.saves.at(-1)).toEqual({ set: [{ key: 'tend.search.recent', value: '["budget"]' }], remove: [] });
  });

  it('reads what the database keeps, with what this page changed meanwhile on top', async () => {
    const core = fakeCore([
      { key: 'tend.draft:p1:note:new', value: 'kept' },
      { key: 'tend.search.recent', value: '["old"]' },
    ]);
    const storage = new PrivateStorage(() => core.calls);
    storage.setItem('tend.search.recent', '["new"]');
    await storage.load();
    expect(storage.getItem('tend.draft:p1:note:new')).toBe('kept');
    expect(storage.getItem('tend.search.recent')).toBe('["new"]');
  });

  it('moves drafts and searches an older Tend left in localStorage into the database, and removes them from there only once it has them', async () => {
    const legacy = memoryStorage();
    legacy.setItem('tend.draft:p1:note:new', '{"values":{"body":"Wren"}}');
    legacy.setItem('tend.journal.draft.2026-12-06', '{"body":"today","revision":3}');
    legacy.setItem('tend.search.recent', '["Wren"]');
    legacy.setItem('tend.theme', 'dark');
    const core = fakeCore();
    core.failures.next = 1;
    const storage = new PrivateStorage(() => core.calls);
    await expect(storage.load(legacy as unknown as Storage)).rejects.toThrow();
    expect([...legacy.map.keys()]).toHaveLength(4);

    await storage.load(legacy as unknown as Storage);
    expect(core.saves.flatMap((save) => save.set.map((entry) => entry.key)).sort()).toEqual(['tend.draft:p1:note:new', 'tend.journal.draft.2026-12-06', 'tend.search.recent']);
    expect([...legacy.map.keys()]).toEqual(['tend.theme']);
    expect(storage.getItem('tend.journal.draft.2026-12-06')).toBe('{"body":"today","revision":3}');
  });

  it('sends what is written as the page closes at once, beside a save still on its way, and numbers them in order', async () => {
    const { core, page, storage } = storageOnClosingPage();
    storage.setItem('tend.draft:p1:note:new', 'Agreed on th');
    await Promise.resolve();
    expect(core.saves).toHaveLength(1);

    // Typed on while the first save waits: it goes after it, one at a time.
    storage.setItem('tend.draft:p1:note:new', 'Agreed on the bud');
    await Promise.resolve();
    expect(core.saves).toHaveLength(1);

    // The tab closes: the last words go now, and the page is gone before the first save is answered.
    page.window.addEventListener('pagehide', () => storage.setItem('tend.draft:p1:note:new', 'Agreed on the budget.'));
    page.close();
    await Promise.resolve();
    expect(core.saves.map((save) => save.set[0]?.value)).toEqual(['Agreed on th', 'Agreed on the bud', 'Agreed on the budget.']);
    expect(new Set(core.orders.map((order) => order.page)).size).toBe(1);
    expect(core.orders.map((order) => order.seq)).toEqual([1, 2, 3]);

    for (const release of core.held.waiting) release();
    core.held.on = false;
    await storage.flushed();
  });

  it('after a failed save, sends again only what no newer save carries', async () => {
    vi.useFakeTimers();
    const { core, page, storage } = storageOnClosingPage();
    storage.setItem('tend.draft:p1:note:new', 'old');
    storage.setItem('tend.search.recent', '["Wren"]');
    await Promise.resolve();
    page.close();
    storage.setItem('tend.draft:p1:note:new', 'new');
    await Promise.resolve();
    expect(core.saves).toHaveLength(2);

    core.failures.next = 1;
    core.held.on = false;
    const [first, second] = core.held.waiting;
    first?.();
    second?.();
    await expect(storage.flushed()).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    await storage.flushed();
    expect(core.saves).toEqual([
      { set: [{ key: 'tend.draft:p1:note:new', value: 'new' }], remove: [] },
      { set: [{ key: 'tend.search.recent', value: '["Wren"]' }], remove: [] },
    ]);
  });
});
