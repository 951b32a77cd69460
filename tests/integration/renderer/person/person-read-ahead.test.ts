import { afterEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../../src/renderer/app/api';
import { readPersonAhead } from '../../../../src/renderer/features/person/person-read-ahead';
import { TIMELINE_PAGE_SIZE, kindsFor } from '../../../../src/renderer/features/timeline/timeline-query';
import { bridgeOverCore, type CoreBridge } from '../core-bridge';

async function addPerson(core: CoreBridge, name: string): Promise<string> {
  const saved = await core.tend.dispatch('people.save', { name });
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value.id;
}

const firstPage = (personId: string) => ({ personId, kinds: kindsFor('all'), before: null, limit: TIMELINE_PAGE_SIZE });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a Person page’s reads, started when the route is known', () => {
  it('are each answered once: the page’s own identical calls make no second request', async () => {
    const core = await bridgeOverCore();
    const id = await addPerson(core, 'Amara Chen');
    core.calls.clear();
    readPersonAhead(id);
    expect(core.calls.get('people.profile')).toBe(1);
    expect(core.calls.get('timeline.page')).toBe(1);

    const profile = await call('people.profile', { id });
    const page = await call('timeline.page', firstPage(id));
    expect(profile.person.name).toBe('Amara Chen');
    expect(page.items).toEqual([]);
    expect(core.calls.get('people.profile')).toBe(1);
    expect(core.calls.get('timeline.page')).toBe(1);

    // Used once: the next read asks again.
    await call('people.profile', { id });
    expect(core.calls.get('people.profile')).toBe(2);
  });

  it('are forgotten after any change, so the page never shows an answer older than a write', async () => {
    const core = await bridgeOverCore();
    const id = await addPerson(core, 'Amara Chen');
    readPersonAhead(id);
    await call('notes.save', { personId: id, kind: 'observation', body: 'Led the retro well' });
    core.calls.clear();

    const page = await call('timeline.page', firstPage(id));
    expect(page.items.map((item) => item.type)).toEqual(['note']);
    expect(core.calls.get('timeline.page')).toBe(1);
  });

  it('a different call (another person, another filter) is not handed the early answer', async () => {
    const core = await bridgeOverCore();
    const amara = await addPerson(core, 'Amara Chen');
    const ben = await addPerson(core, 'Ben Ode');
    readPersonAhead(amara);
    const profile = await call('people.profile', { id: ben });
    expect(profile.person.name).toBe('Ben Ode');
    await call('timeline.page', { ...firstPage(amara), kinds: kindsFor('notes') });
    expect(core.calls.get('timeline.page')).toBe(2);
  });

  it('an early answer left unused for more than a few seconds is not handed out (it may have aged)', async () => {
    const core = await bridgeOverCore();
    const id = await addPerson(core, 'Amara Chen');
    const now = vi.spyOn(performance, 'now').mockReturnValue(1_000);
    readPersonAhead(id);
    now.mockReturnValue(7_000);
    core.calls.clear();
    await call('people.profile', { id });
    expect(core.calls.get('people.profile')).toBe(1);
  });
});
