/**
 * The renderer's private storage (issue 24): drafts and recent searches held in the page's memory
 * and written through to the encrypted database in order, a failed write kept and sent again, and
 * what an older Tend left in localStorage moved in — removed from there only once the database has it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrivateEntry } from '../../../../src/shared/private-state';
import { PrivateStorage, RETRY_MS, type PrivateStateCalls } from '../../../../src/renderer/app/private-storage';
import { memoryStorage } from '../memory-storage';

function fakeCore(kept: PrivateEntry[] = []) {
  const saves: { set: PrivateEntry[]; remove: string[] }[] = [];
  const failures = { next: 0 };
  const calls: PrivateStateCalls = {
    list: async () => kept,
    save: async (changes) => {
      if (failures.next > 0) {
        failures.next -= 1;
        throw new Error('Tend’s local host is not answering.');
      }
      saves.push(changes);
      return null;
    },
  };
  return { calls, saves, failures };
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
});
