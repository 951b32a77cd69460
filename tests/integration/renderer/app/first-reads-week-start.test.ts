// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { readFirstAhead } from '../../../../src/renderer/app/first-reads';
import { attention } from '../../../../src/renderer/features/today/attention-store.svelte';
import { bridgeOverCore } from '../core-bridge';

describe('the first reads on a first start whose week does not start on Monday', () => {
  it('count the week from the stored start: the early guess (Monday) is left unused', async () => {
    localStorage.clear();
    const core = await bridgeOverCore();
    const saved = await core.tend.dispatch('people.save', { name: 'Priya Raman' });
    if (!saved.ok) throw new Error(saved.error.message);
    await core.tend.dispatch('investments.log', { personId: saved.value.id, minutes: 30, day: '2026-11-22' });
    await core.tend.dispatch('settings.set', { weekStart: 0 });
    core.calls.clear();

    readFirstAhead({ name: 'today' });
    attention.start();

    // Sunday the 22nd starts the week, so the half hour that day counts.
    await vi.waitFor(() => expect(attention.summary?.week).toEqual({ startsOn: '2026-11-22', minutes: 30, people: 1 }));
    expect(core.calls.get('settings.get')).toBe(1);
    expect(core.calls.get('attention.summary')).toBe(2);
  });
});
