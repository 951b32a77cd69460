import { afterEach, describe, expect, it } from 'vitest';
import { toasts } from '../../../../../src/renderer/app/toasts.svelte';
import { removeMatter, saveMatter } from '../../../../../src/renderer/features/person/matters/matters-actions';
import { PersonProfileState } from '../../../../../src/renderer/features/person/person-profile.svelte';
import { ApiFailure } from '../../../../../src/renderer/app/api';
import { bridgeOverCore, type CoreBridge } from '../../core-bridge';

async function personWithPage(core: CoreBridge) {
  const saved = await core.tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam' });
  if (!saved.ok) throw new Error(saved.error.message);
  const state = new PersonProfileState(saved.value.id);
  const stop = state.start();
  await new Promise<void>((resolve) => {
    const check = () => (state.status === 'ready' ? resolve() : setImmediate(check));
    check();
  });
  return { person: saved.value, state, stop };
}

async function mattersIn(core: CoreBridge, personId: string) {
  const profile = await core.tend.dispatch('people.profile', { id: personId });
  if (!profile.ok) throw new Error(profile.error.message);
  return profile.value.matters;
}

afterEach(() => {
  for (const toast of toasts.items) toasts.dismiss(toast.id);
});

describe('what matters, from the page to the core and back', () => {
  it('saves what was typed and resolves once the page shows it, after one profile read', async () => {
    const core = await bridgeOverCore();
    const { person, state, stop } = await personWithPage(core);
    const readsBefore = core.calls.get('people.profile') ?? 0;

    const matter = await saveMatter({ what: 'Being home for bedtime', why: 'Kids are 4 and 8', notedOn: '2026-11-20' }, person.id);

    expect(await mattersIn(core, person.id)).toEqual([expect.objectContaining({ id: matter.id, what: 'Being home for bedtime', notedOn: '2026-11-20' })]);
    expect(state.profile?.matters.map((m) => m.what)).toEqual(['Being home for bedtime']);
    expect((core.calls.get('people.profile') ?? 0) - readsBefore).toBe(1);
    expect(core.calls.get('timeline.page')).toBeUndefined();
    stop();
  });

  it('rejects a blank "what" with the contract’s message and writes nothing', async () => {
    const core = await bridgeOverCore();
    const { person, stop } = await personWithPage(core);

    const failure = await saveMatter({ what: '   ', why: '', notedOn: '' }, person.id).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).error).toMatchObject({ code: 'invalid_input', field: 'what' });
    expect(await mattersIn(core, person.id)).toEqual([]);
    stop();
  });

  it('removes at once with a toast whose Undo writes it back', async () => {
    const core = await bridgeOverCore();
    const { person, state, stop } = await personWithPage(core);
    const matter = await saveMatter({ what: 'Autonomy', why: 'Trusted to decide', notedOn: '2026-11-02' }, person.id);

    expect(await removeMatter(matter)).toBe(true);
    expect(await mattersIn(core, person.id)).toEqual([]);
    expect(state.profile?.matters).toEqual([]);
    const toast = toasts.items[0];
    expect(toast?.message).toBe('Removed “Autonomy”.');
    expect(toast?.action?.label).toBe('Undo');

    await toast?.action?.run();
    expect(await mattersIn(core, person.id)).toEqual([expect.objectContaining({ what: 'Autonomy', why: 'Trusted to decide', notedOn: '2026-11-02' })]);
    expect(state.profile?.matters.map((m) => m.what)).toEqual(['Autonomy']);
    stop();
  });

  it('says why a delete failed and offers no Undo', async () => {
    const core = await bridgeOverCore();
    const { person, stop } = await personWithPage(core);
    const matter = await saveMatter({ what: 'Autonomy', why: '', notedOn: '' }, person.id);
    await core.tend.dispatch('matters.delete', { id: matter.id });

    expect(await removeMatter(matter)).toBe(false);
    expect(toasts.items).toHaveLength(1);
    expect(toasts.items[0]?.action).toBeUndefined();
    expect(toasts.items[0]?.message).toMatch(/\S/);
    stop();
  });
});
