import { describe, expect, it } from 'vitest';
import { DraftStore, draftStorageKey } from '../../../../../src/renderer/app/drafts';
import { FormDraft } from '../../../../../src/renderer/ui/forms/form-draft.svelte';
import { memoryStorage } from '../../memory-storage';

/**
 * What a form opens with and whether it reports something typed. Node runs Svelte's server build,
 * where effects do not run, so the keeping-as-you-type is proven in the browser (tests/e2e/drafts*).
 */

const ref = { personId: 'p-sam', form: 'invest:new' };
const opened = { minutes: '30', kind: 'check_in', day: '2026-11-23', note: '' };

function keptAs(values: Record<string, unknown>): DraftStore {
  const storage = memoryStorage();
  storage.setItem(draftStorageKey(ref), JSON.stringify({ values, open: true, at: 1 }));
  return new DraftStore(() => storage);
}

describe('FormDraft', () => {
  it('opens with what the form offers when nothing is kept, reporting nothing typed', () => {
    const draft = new FormDraft(ref, opened, new DraftStore(() => memoryStorage()));
    expect(draft.values).toEqual(opened);
    expect(draft.changed).toBe(false);
  });

  it('opens with the kept draft laid over the form (navigation, reload) and reports it typed', () => {
    const draft = new FormDraft(ref, opened, keptAs({ ...opened, minutes: '45', note: 'Promo case' }));
    expect(draft.values).toEqual({ ...opened, minutes: '45', note: 'Promo case' });
    expect(draft.changed).toBe(true);
  });

  it('takes only the form’s own fields of the same type from a kept draft', () => {
    const draft = new FormDraft(ref, opened, keptAs({ minutes: 45, note: 'Kept', owner: 'me' }));
    expect(draft.values).toEqual({ ...opened, note: 'Kept' });
  });

  it('typing changes the values, not what the form opened with, and typing it back reads as unchanged', () => {
    const draft = new FormDraft(ref, opened, new DraftStore(() => memoryStorage()));
    draft.values.note = 'x';
    expect(draft.changed).toBe(true);
    expect(draft.opened.note).toBe('');
    draft.values.note = '';
    expect(draft.changed).toBe(false);
  });
});
