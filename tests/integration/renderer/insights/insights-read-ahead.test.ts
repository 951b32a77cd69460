// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFirstAhead } from '../../../../src/renderer/app/first-reads';
import { loadOverview, rememberPeriod, rememberedPeriod } from '../../../../src/renderer/features/insights/insights-actions';
import { bridgeOverCore } from '../core-bridge';

describe('Insights’ first read, started with the window’s first request', () => {
  it.each([
    { what: 'the remembered period', stored: (storage: Storage) => rememberPeriod({ kind: 'weeks', weeks: 4 }, storage), weeks: 4, calls: 1 },
    { what: 'the default period when none is remembered', stored: () => {}, weeks: 12, calls: 1 },
    // The view refuses what is stored and asks for the default: the early answer does not match it and goes unused.
    { what: 'the default, asked again, when the stored period is refused', stored: (storage: Storage) => storage.setItem('tend.insightsPeriod', '{"kind":"weeks","weeks":5}'), weeks: 12, calls: 2 },
  ])('is the answer the view takes: $what', async ({ stored, weeks, calls }) => {
    localStorage.clear();
    stored(localStorage);
    const core = await bridgeOverCore();
    const saved = await core.tend.dispatch('people.save', { name: 'Priya Raman' });
    if (!saved.ok) throw new Error(saved.error.message);
    core.calls.clear();

    readFirstAhead({ name: 'insights' });
    // Asked at once, beside the frame's reads, not once the view's code has loaded.
    expect(core.calls.get('insights.overview')).toBe(1);
    const overview = await loadOverview(rememberedPeriod());
    expect(overview.period.weeks).toHaveLength(weeks);
    expect(overview.people.map((person) => person.name)).toEqual(['Priya Raman']);
    expect(core.calls.get('insights.overview')).toBe(calls);
  });
});
