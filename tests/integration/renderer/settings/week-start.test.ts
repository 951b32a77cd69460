// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { saveSettings } from '../../../../src/renderer/features/settings/settings-actions';
import { weekStart } from '../../../../src/renderer/features/settings/week-start.svelte';
import { loadThisWeek } from '../../../../src/renderer/features/prep/prep-actions';
import { attention } from '../../../../src/renderer/features/today/attention-store.svelte';
import { bridgeOverCore } from '../core-bridge';

// The pinned clock's today is Monday 2026-11-23.
describe('the week-start setting, from Settings to every view that counts a week', () => {
  it('Today counts the week from the stored start, follows a change at once, and reads the setting only when it changes', async () => {
    const core = await bridgeOverCore();
    const priya = await core.tend.dispatch('people.save', { name: 'Priya Raman' });
    if (!priya.ok) throw new Error(priya.error.message);
    await core.tend.dispatch('investments.log', { personId: priya.value.id, minutes: 30, day: '2026-11-22' });
    await core.tend.dispatch('investments.log', { personId: priya.value.id, minutes: 45, day: '2026-11-23' });
    await core.tend.dispatch('settings.set', { weekStart: 0 });

    attention.start();
    await attention.reload();
    expect(attention.summary?.week).toEqual({ startsOn: '2026-11-22', minutes: 75, people: 1 });
    expect(weekStart.value).toBe(0);
    expect((await loadThisWeek(await weekStart.ready())).startsOn).toBe('2026-11-22');

    // Saving resolves once Today shows the new week: no reload of its own.
    await saveSettings({ weekStart: 6 });
    expect(weekStart.value).toBe(6);
    expect(attention.summary?.week).toEqual({ startsOn: '2026-11-21', minutes: 75, people: 1 });
    await saveSettings({ weekStart: 1 });
    expect(attention.summary?.week).toEqual({ startsOn: '2026-11-23', minutes: 45, people: 1 });

    // Once at first, then once per settings write; never once per Today load.
    const reads = core.calls.get('settings.get');
    await attention.reload();
    await attention.reload();
    expect(core.calls.get('settings.get')).toBe(reads);
    expect(reads).toBe(3);
  });
});
