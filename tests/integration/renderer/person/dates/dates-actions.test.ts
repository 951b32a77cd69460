import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../../src/renderer/app/api';
import { toasts } from '../../../../../src/renderer/app/toasts.svelte';
import { dateDraft } from '../../../../../src/renderer/features/person/dates/date-form';
import { removeDate, saveAnniversary, saveDate } from '../../../../../src/renderer/features/person/dates/dates-actions';
import { DAYS_AHEAD_MESSAGE } from '../../../../../src/shared/dates';
import { bridgeOverCore } from '../../core-bridge';
import { openPersonPage } from '../page-state';

afterEach(() => {
  for (const toast of toasts.items) toasts.dismiss(toast.id);
});

describe('important dates, from the page to the core and back', () => {
  it('a one-off date shows on the page; removing offers an Undo that writes it back', async () => {
    const core = await bridgeOverCore();
    const page = await openPersonPage(core);

    const move = await saveDate({ ...dateDraft(null, 'custom'), title: 'Moves house', on: '2026-12-10', daysAhead: '21' }, page.person.id);
    expect(page.state.profile?.dates).toEqual([expect.objectContaining({ id: move.id, title: 'Moves house', daysAhead: 21, soon: true })]);

    expect(await removeDate(move)).toBe(true);
    expect(page.state.profile?.dates).toEqual([]);
    await toasts.items[0]?.action?.run();
    expect(page.state.profile?.dates).toEqual([expect.objectContaining({ title: 'Moves house', on: '2026-12-10', daysAhead: 21, yearly: false })]);
    page.close();
  });

  it('refuses more than 90 days ahead, naming the field, and the anniversary reminder saves on the person', async () => {
    const core = await bridgeOverCore();
    const page = await openPersonPage(core);

    const failure = await saveDate({ ...dateDraft(null, 'custom'), title: 'Exam', on: '2027-02-27', daysAhead: '91' }, page.person.id).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).error).toMatchObject({ field: 'daysAhead', message: DAYS_AHEAD_MESSAGE });
    expect(page.state.profile?.dates).toEqual([]);

    await core.tend.dispatch('people.save', { id: page.person.id, expectedUpdatedAt: page.person.updatedAt, name: page.person.name, startedOn: '2021-06-01' });
    await saveAnniversary('14', page.person.id);
    expect(page.state.profile?.dates).toEqual([expect.objectContaining({ kind: 'anniversary', daysAhead: 14 })]);
    page.close();
  });
});
