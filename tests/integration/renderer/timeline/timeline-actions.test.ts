import { afterEach, describe, expect, it } from 'vitest';
import { toasts } from '../../../../src/renderer/app/toasts.svelte';
import { noteDraft } from '../../../../src/renderer/features/timeline/note-form';
import { removeNote, saveNote } from '../../../../src/renderer/features/timeline/timeline-actions';
import { bridgeOverCore } from '../core-bridge';
import { openPersonPage } from '../person/page-state';

afterEach(() => {
  for (const toast of toasts.items) toasts.dismiss(toast.id);
});

describe('notes, from the page to the core and back', () => {
  it('a saved note is in the timeline and the count once it resolves, after one read of each', async () => {
    const core = await bridgeOverCore();
    const page = await openPersonPage(core);
    const before = { profile: core.calls.get('people.profile') ?? 0, timeline: core.calls.get('timeline.page') ?? 0 };

    const note = await saveNote({ ...noteDraft(null, '2026-11-23'), body: 'Talked through the launch plan.', mood: '4' }, page.person.id);

    expect(note).toMatchObject({ body: 'Talked through the launch plan.', mood: 4, notedOn: '2026-11-23' });
    expect(page.feed.items.map((item) => item.id)).toEqual([note.id]);
    expect(page.state.profile?.noteCount).toBe(1);
    expect((core.calls.get('people.profile') ?? 0) - before.profile).toBe(1);
    expect((core.calls.get('timeline.page') ?? 0) - before.timeline).toBe(1);
    page.close();
  });

  it('deletes a note at once; Undo writes it back with its words, day and mood', async () => {
    const core = await bridgeOverCore();
    const page = await openPersonPage(core);
    const note = await saveNote({ ...noteDraft(null, '2026-11-20'), body: 'Seemed tired.', energy: '2' }, page.person.id);

    expect(await removeNote(note)).toBe(true);
    expect(page.feed.items).toEqual([]);
    expect(page.state.profile?.noteCount).toBe(0);
    expect(toasts.items[0]?.message).toBe('Note deleted.');

    await toasts.items[0]?.action?.run();
    const restored = page.feed.items[0];
    expect(restored?.type === 'note' && restored.note).toMatchObject({ body: 'Seemed tired.', energy: 2, notedOn: '2026-11-20' });
    expect(page.state.profile?.noteCount).toBe(1);
    page.close();
  });
});
