import { afterEach, describe, expect, it } from 'vitest';
import { toasts } from '../../../../../src/renderer/app/toasts.svelte';
import { detailDraft } from '../../../../../src/renderer/features/person/details/detail-form';
import { removeDetail, saveDetail } from '../../../../../src/renderer/features/person/details/details-actions';
import { bridgeOverCore } from '../../core-bridge';
import { openPersonPage } from '../page-state';

afterEach(() => {
  for (const toast of toasts.items) toasts.dismiss(toast.id);
});

describe('personal details, from the page to the core and back', () => {
  it('a family member with a birthday shows with their derived date; removing offers an Undo that restores both', async () => {
    const core = await bridgeOverCore();
    const page = await openPersonPage(core);

    const maya = await saveDetail({ ...detailDraft(null, 'family'), name: 'Maya', relation: 'daughter', birthday: '2018-12-01' }, page.person.id);
    expect(page.state.profile?.details).toEqual([expect.objectContaining({ id: maya.id, name: 'Maya', relation: 'daughter' })]);
    expect(page.state.profile?.dates).toEqual([expect.objectContaining({ id: `detail:${maya.id}`, kind: 'family_birthday' })]);

    expect(await removeDetail(maya)).toBe(true);
    expect(page.state.profile?.details).toEqual([]);
    expect(toasts.items[0]?.message).toBe('Removed Maya.');
    await toasts.items[0]?.action?.run();
    const stored = await core.tend.dispatch('people.profile', { id: page.person.id });
    expect(stored.ok && stored.value.details).toEqual([expect.objectContaining({ name: 'Maya', relation: 'daughter', birthday: '2018-12-01' })]);
    expect(page.state.profile?.details.map((detail) => detail.name)).toEqual(['Maya']);
    page.close();
  });
});
