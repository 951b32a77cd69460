// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { bridgeOverCore } from '../core-bridge';

// The pinned clock's today is Monday 2026-11-23. The last session kept Sunday as the week start;
// the module reads that cache when it loads, so it is set before the import.
localStorage.setItem('tend.weekStart', '0');
const { weekStart } = await import('../../../../src/renderer/features/settings/week-start.svelte');
const { attention } = await import('../../../../src/renderer/features/today/attention-store.svelte');

describe('the week start kept from the last session', () => {
  it('answers Today’s first read at once, then follows the stored setting when it differs, and keeps it', async () => {
    const core = await bridgeOverCore();
    const priya = await core.tend.dispatch('people.save', { name: 'Priya Raman' });
    if (!priya.ok) throw new Error(priya.error.message);
    await core.tend.dispatch('investments.log', { personId: priya.value.id, minutes: 30, day: '2026-11-21' });
    await core.tend.dispatch('settings.set', { weekStart: 6 });

    expect(weekStart.value).toBe(0);
    expect(await weekStart.ready()).toBe(0);

    attention.start();
    await vi.waitFor(() => expect(attention.summary?.week).toEqual({ startsOn: '2026-11-21', minutes: 30, people: 1 }));
    expect(weekStart.value).toBe(6);
    expect(localStorage.getItem('tend.weekStart')).toBe('6');
    // Later callers get the stored value, not the cache.
    expect(await weekStart.ready()).toBe(6);
  });
});
