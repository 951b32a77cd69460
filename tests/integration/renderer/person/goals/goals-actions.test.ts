import { afterEach, describe, expect, it } from 'vitest';
import { toasts } from '../../../../../src/renderer/app/toasts.svelte';
import { deleteGoal, removeProgress, saveGoal, saveProgress } from '../../../../../src/renderer/features/person/goals/goals-actions';
import { goalDraft, progressDraft } from '../../../../../src/renderer/features/person/goals/goal-form';
import { bridgeOverCore } from '../../core-bridge';
import { openPersonPage } from '../page-state';

afterEach(() => {
  for (const toast of toasts.items) toasts.dismiss(toast.id);
});

describe('goals and their progress, from the page to the core and back', () => {
  it('a progress note that marks a goal achieved shows on the goal and in the timeline when it resolves', async () => {
    const core = await bridgeOverCore();
    const page = await openPersonPage(core);
    const goal = await saveGoal({ ...goalDraft(null, 'professional'), title: 'Lead the Q1 launch' }, page.person.id, 'goal');

    await saveProgress({ ...progressDraft('2026-11-23'), body: 'Shipped on time!', status: 'achieved' }, goal.id);

    expect(page.state.profile?.goals).toEqual([expect.objectContaining({ title: 'Lead the Q1 launch', status: 'achieved' })]);
    expect(page.feed.items).toEqual([expect.objectContaining({ type: 'progress', goalTitle: 'Lead the Q1 launch' })]);
    page.close();
  });

  it('removes a progress note with an Undo, and deletes a goal with its history and no Undo', async () => {
    const core = await bridgeOverCore();
    const page = await openPersonPage(core);
    const goal = await saveGoal({ ...goalDraft(null, 'personal'), title: 'Run a half marathon' }, page.person.id, 'goal');
    const withProgress = await saveProgress({ ...progressDraft('2026-11-20'), body: 'First 10k' }, goal.id);
    const entry = withProgress.progress[0];
    if (!entry) throw new Error('no progress saved');

    expect(await removeProgress(entry)).toBe(true);
    expect(page.state.profile?.goals[0]?.progress).toEqual([]);
    expect(toasts.items[0]?.message).toBe('Progress note removed.');
    await toasts.items[0]?.action?.run();
    expect(page.state.profile?.goals[0]?.progress).toEqual([expect.objectContaining({ body: 'First 10k', notedOn: '2026-11-20' })]);

    expect(await deleteGoal(goal)).toBe(true);
    const profile = await core.tend.dispatch('people.profile', { id: page.person.id });
    expect(profile.ok && profile.value.goals).toEqual([]);
    expect(page.feed.items).toEqual([]);
    expect(toasts.items[0]).toEqual(expect.objectContaining({ message: 'Deleted “Run a half marathon”.' }));
    expect(toasts.items[0]?.action).toBeUndefined();
    page.close();
  });
});
