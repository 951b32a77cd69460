// @vitest-environment jsdom
// jsdom: deleting someone leaves their page, so the router (location.hash) is part of the outcome.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../src/renderer/app/api';
import { written } from '../../../../src/renderer/app/data-changes';
import { toasts } from '../../../../src/renderer/app/toasts.svelte';
import { archivePerson, newPersonDraft, restorePerson, savePerson } from '../../../../src/renderer/features/people/people-actions';
import { people } from '../../../../src/renderer/features/people/people-store.svelte';
import { emptyDraft } from '../../../../src/renderer/features/people/person-form';
import { deletePerson } from '../../../../src/renderer/features/person/person-actions';
import { bridgeOverCore, type CoreBridge } from '../core-bridge';

async function stored(core: CoreBridge, id: string) {
  const result = await core.tend.dispatch('people.get', { id });
  return result.ok ? result.value : null;
}

afterEach(() => {
  for (const toast of toasts.items) toasts.dismiss(toast.id);
});

describe('people, from the page to the core and back', () => {
  it('a new person’s form starts at the default cadence from Settings', async () => {
    await bridgeOverCore();
    expect((await newPersonDraft()).cadenceDays).toBe('7');
    await written('settings.set', { defaultCadenceDays: 14 });
    const draft = await newPersonDraft();
    expect(draft.cadenceDays).toBe('14');
    expect(draft.name).toBe('');
  });

  it('adds someone, offers to open them, and the team list has them when it resolves', async () => {
    const core = await bridgeOverCore();
    people.start();

    const priya = await savePerson({ ...emptyDraft(), name: 'Priya Raman', role: 'Engineer' }, null);

    expect(await stored(core, priya.id)).toMatchObject({ name: 'Priya Raman', role: 'Engineer', cadenceDays: 7 });
    expect(people.active.map((person) => person.name)).toContain('Priya Raman');
    expect(toasts.items[0]?.message).toBe('Priya Raman added to your team.');
    toasts.items[0]?.action?.run();
    expect(window.location.hash).toBe(`#/people/${priya.id}`);
  });

  it('refuses a blank name with the contract’s message beside the field, writing nothing', async () => {
    const core = await bridgeOverCore();
    people.start();
    const before = (await core.tend.dispatch('people.list', { includeArchived: true })).ok;

    const failure = await savePerson({ ...emptyDraft(), name: '  ' }, null).catch((error: unknown) => error);

    expect(before).toBe(true);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).error).toMatchObject({ code: 'invalid_input', field: 'name' });
    const list = await core.tend.dispatch('people.list', { includeArchived: true });
    expect(list.ok && list.value).toEqual([]);
  });

  it('archives with an Undo that restores, each shown in the team list', async () => {
    const core = await bridgeOverCore();
    people.start();
    const sam = await savePerson({ ...emptyDraft(), name: 'Samuel Okafor', preferredName: 'Sam' }, null);

    await archivePerson(sam);
    expect((await stored(core, sam.id))?.archivedAt).not.toBeNull();
    expect(people.archived.map((person) => person.id)).toContain(sam.id);
    expect(toasts.items[0]?.message).toBe('Samuel Okafor archived. Their history is kept.');

    await toasts.items[0]?.action?.run();
    expect((await stored(core, sam.id))?.archivedAt).toBeNull();
    expect(people.active.map((person) => person.id)).toContain(sam.id);
    expect(toasts.items[0]?.message).toBe('Sam is back on your team.');

    await restorePerson(sam);
    expect(toasts.items[0]?.message).toMatch(/\S/);
  });

  it('deletes someone for good, closes the dialog and leaves their page before the toast', async () => {
    const core = await bridgeOverCore();
    people.start();
    const ines = await savePerson({ ...emptyDraft(), name: 'Ines García' }, null);
    window.location.hash = `#/people/${ines.id}`;
    let closed = false;

    await deletePerson(ines, 'ines garcía', () => (closed = true));

    expect(closed).toBe(true);
    expect(window.location.hash).toBe('#/people');
    expect(await stored(core, ines.id)).toBeNull();
    expect(people.all.map((person) => person.id)).not.toContain(ines.id);
    expect(toasts.items[0]?.message).toBe('Ines García and everything about them was deleted.');
  });
});
