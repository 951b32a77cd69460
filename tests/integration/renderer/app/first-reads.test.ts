// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { readFirstAhead } from '../../../../src/renderer/app/first-reads';
import { privateStorage } from '../../../../src/renderer/app/private-storage';
import { people } from '../../../../src/renderer/features/people/people-store.svelte';
import { appearance } from '../../../../src/renderer/features/settings/appearance.svelte';
import { attention } from '../../../../src/renderer/features/today/attention-store.svelte';
import { loadEntry } from '../../../../src/renderer/features/journal/journal-actions';
import { loadPrepSheet } from '../../../../src/renderer/features/prep/prep-actions';
import { bridgeOverCore } from '../core-bridge';

describe('the window’s first reads, started before its code has loaded', () => {
  it('answer the frame’s own calls: each is asked of the core once, the settings once for both readers', async () => {
    // A first start (no week start kept) with the week starting on the default day, Monday.
    localStorage.clear();
    const core = await bridgeOverCore();
    const saved = await core.tend.dispatch('people.save', { name: 'Priya Raman' });
    if (!saved.ok) throw new Error(saved.error.message);
    await core.tend.dispatch('investments.log', { personId: saved.value.id, minutes: 30, day: '2026-11-23' });
    core.calls.clear();

    readFirstAhead({ name: 'today' });
    // What App and the sidebar start as they mount (the theme and the week start both read the settings).
    people.start();
    appearance.start();
    attention.start();
    // What start.ts reads before mounting the app.
    await privateStorage.load();

    await vi.waitFor(() => expect(attention.summary?.week).toEqual({ startsOn: '2026-11-23', minutes: 30, people: 1 }));
    await vi.waitFor(() => expect(people.status).toBe('ready'));
    expect(people.all.map((person) => person.name)).toEqual(['Priya Raman']);
    expect(Object.fromEntries(core.calls)).toEqual({
      'people.list': 1,
      'sample.status': 1,
      'settings.get': 1,
      'attention.summary': 1,
      'privateState.list': 1,
    });
  });

  it('ask for the window’s kept drafts with the first request, and the read before mounting takes that answer', async () => {
    const core = await bridgeOverCore();
    const kept = await core.tend.dispatch('privateState.save', { set: [{ key: 'tend.journal.draft.2026-11-23', value: '"half a thought"' }], remove: [] });
    if (!kept.ok) throw new Error(kept.error.message);
    core.calls.clear();

    readFirstAhead({ name: 'journal' });
    // Asked at once, beside the frame's reads, not one answer later once the app's code has loaded.
    expect(core.calls.get('privateState.list')).toBe(1);
    await privateStorage.load();
    expect(privateStorage.getItem('tend.journal.draft.2026-11-23')).toBe('"half a thought"');
    expect(core.calls.get('privateState.list')).toBe(1);
  });

  it('start the read a prep sheet or the Journal waits for with the first request, and the view takes that answer', async () => {
    const core = await bridgeOverCore();
    const saved = await core.tend.dispatch('people.save', { name: 'Priya Raman' });
    if (!saved.ok) throw new Error(saved.error.message);
    core.calls.clear();

    readFirstAhead({ name: 'prep-person', id: saved.value.id });
    readFirstAhead({ name: 'journal', day: '2026-11-20' });
    expect(core.calls.get('prep.forPerson')).toBe(1);
    expect(core.calls.get('journal.get')).toBe(1);
    expect((await loadPrepSheet(saved.value.id)).person.name).toBe('Priya Raman');
    expect((await loadEntry('2026-11-20')).day).toBe('2026-11-20');
    expect(core.calls.get('prep.forPerson')).toBe(1);
    expect(core.calls.get('journal.get')).toBe(1);
  });

  it('ask a Person page’s own reads first, and the team and who needs attention once those are answered', async () => {
    localStorage.clear();
    const core = await bridgeOverCore();
    const saved = await core.tend.dispatch('people.save', { name: 'Priya Raman' });
    if (!saved.ok) throw new Error(saved.error.message);
    await core.tend.dispatch('people.save', { name: 'Sam Okafor' });
    core.calls.clear();

    readFirstAhead({ name: 'person', id: saved.value.id });
    // The first request carries the page's reads, not the team's, which grow with it.
    expect(core.calls.get('people.get')).toBe(1);
    expect(core.calls.get('people.profile')).toBe(1);
    expect(core.calls.get('timeline.page')).toBe(1);
    expect(core.calls.has('people.list')).toBe(false);
    expect(core.calls.has('attention.summary')).toBe(false);
    await vi.waitFor(() => expect(core.calls.get('people.list')).toBe(1));
    expect(core.calls.get('attention.summary')).toBe(1);

    // The page knows the person from its own read until the team is in; the sidebar's list stays the team's.
    people.forget();
    expect(people.showPerson(saved.value.id)).toBe(true);
    expect(people.byId(saved.value.id)?.name).toBe('Priya Raman');
    expect(people.active).toEqual([]);
    // As the app's stores read as they start (started already by the first test of this file).
    await Promise.all([people.reload(), attention.reload()]);
    await vi.waitFor(() => expect(people.active.map((person) => person.name)).toEqual(['Priya Raman', 'Sam Okafor']));
    await vi.waitFor(() => expect(attention.summary?.people).toHaveLength(2));
    // Each asked once: the app took the answers asked ahead.
    expect(core.calls.get('people.list')).toBe(1);
    expect(core.calls.get('attention.summary')).toBe(1);
  });

  it('name today’s day in the Journal’s early read when the address names none', async () => {
    const core = await bridgeOverCore();
    core.calls.clear();
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T14:00:00.000Z') });
    try {
      readFirstAhead({ name: 'journal' });
    } finally {
      vi.useRealTimers();
    }
    expect((await loadEntry('2026-11-23')).day).toBe('2026-11-23');
    expect(core.calls.get('journal.get')).toBe(1);
  });
});
