import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../../src/renderer/app/api';
import { toasts } from '../../../../../src/renderer/app/toasts.svelte';
import { completeCommitment, dropCommitment, removeCommitment, saveCommitment } from '../../../../../src/renderer/features/person/commitments/commitments-actions';
import { logInvestment } from '../../../../../src/renderer/features/person/invested/invest-actions';
import { PersonProfileState } from '../../../../../src/renderer/features/person/person-profile.svelte';
import {
  discussTalkingPoint,
  moveTalkingPoint,
  removeTalkingPoint,
  saveTalkingPoint,
} from '../../../../../src/renderer/features/person/talking-points/talking-points-actions';
import { bridgeOverCore, type CoreBridge } from '../../core-bridge';

async function personWithPage(core: CoreBridge) {
  const saved = await core.tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam', cadenceDays: 7 });
  if (!saved.ok) throw new Error(saved.error.message);
  const state = new PersonProfileState(saved.value.id);
  const stop = state.start();
  await new Promise<void>((resolve) => {
    const check = () => (state.status === 'ready' ? resolve() : setImmediate(check));
    check();
  });
  return { person: saved.value, state, stop };
}

function lastToast() {
  return toasts.items.at(-1);
}

afterEach(() => {
  for (const toast of toasts.items) toasts.dismiss(toast.id);
});

describe('time invested from the Person page', () => {
  it('logs minutes, kind, day and note, and the strip shows it', async () => {
    const core = await bridgeOverCore();
    const { person, state, stop } = await personWithPage(core);

    const logged = await logInvestment({ minutes: '45', kind: 'coaching', day: '2026-11-20', note: 'Promo case' }, person.id);

    expect(logged).toMatchObject({ minutes: 45, kind: 'coaching', day: '2026-11-20', note: 'Promo case' });
    expect(state.profile?.invested).toMatchObject({ lastOn: '2026-11-20', monthMinutes: 45, cadenceDays: 7 });
    stop();
  });

  it('refuses 601 minutes naming the field and writes nothing', async () => {
    const core = await bridgeOverCore();
    const { person, state, stop } = await personWithPage(core);

    const failure = await logInvestment({ minutes: '601', kind: 'coaching', day: '', note: '' }, person.id).catch((error: unknown) => error);

    expect((failure as ApiFailure).error).toMatchObject({ code: 'invalid_input', field: 'minutes' });
    expect(state.profile?.invested.lastOn).toBeNull();
    stop();
  });
});

describe('commitments from the Person page', () => {
  it('saves mine and their ask, completes with an Undo that reopens', async () => {
    const core = await bridgeOverCore();
    const { person, state, stop } = await personWithPage(core);
    const mine = await saveCommitment({ text: 'Send the budget link', owner: 'me', dueOn: '2026-11-20' }, person.id);
    await saveCommitment({ text: 'Draft the promo case', owner: 'them', dueOn: '' }, person.id);
    expect(state.profile?.commitments.open.map((c) => [c.owner, c.text, c.dueOn])).toEqual([
      ['me', 'Send the budget link', '2026-11-20'],
      ['them', 'Draft the promo case', null],
    ]);

    await completeCommitment(mine);
    expect(state.profile?.commitments.open.map((c) => c.text)).toEqual(['Draft the promo case']);
    expect(state.profile?.commitments.recentlyClosed[0]).toMatchObject({ id: mine.id, status: 'done' });
    expect(lastToast()?.message).toBe('Done: “Send the budget link”.');

    await lastToast()?.action?.run();
    expect(state.profile?.commitments.open.map((c) => c.text)).toEqual(['Send the budget link', 'Draft the promo case']);
    stop();
  });

  it('drops with a reason, and deletes with an Undo that makes it again', async () => {
    const core = await bridgeOverCore();
    const { person, state, stop } = await personWithPage(core);
    const ask = await saveCommitment({ text: 'Book the venue', owner: 'them', dueOn: '' }, person.id);

    await dropCommitment(ask, 'Offsite cancelled');
    expect(state.profile?.commitments.recentlyClosed[0]).toMatchObject({ status: 'dropped', dropReason: 'Offsite cancelled' });

    const other = await saveCommitment({ text: 'Intro to Priya', owner: 'me', dueOn: '2026-12-01' }, person.id);
    expect(await removeCommitment(other)).toBe(true);
    expect(state.profile?.commitments.open).toEqual([]);
    await lastToast()?.action?.run();
    expect(state.profile?.commitments.open).toEqual([expect.objectContaining({ text: 'Intro to Priya', owner: 'me', dueOn: '2026-12-01' })]);
    stop();
  });

  it('refuses an empty text naming the field', async () => {
    const core = await bridgeOverCore();
    const { person, state, stop } = await personWithPage(core);
    const failure = await saveCommitment({ text: ' ', owner: 'me', dueOn: '' }, person.id).catch((error: unknown) => error);
    expect((failure as ApiFailure).error).toMatchObject({ code: 'invalid_input', field: 'text' });
    expect(state.profile?.commitments.open).toEqual([]);
    stop();
  });
});

describe('talking points from the Person page', () => {
  it('queues in order, moves one up, ticks off with an Undo that requeues, deletes with Undo', async () => {
    const core = await bridgeOverCore();
    const { person, state, stop } = await personWithPage(core);
    await saveTalkingPoint('Offsite feedback', person.id);
    await saveTalkingPoint('Promo timeline', person.id);
    const texts = () => state.profile?.talkingPoints.queued.map((p) => p.text);
    expect(texts()).toEqual(['Offsite feedback', 'Promo timeline']);

    await moveTalkingPoint(state.profile!.talkingPoints.queued, 1, -1);
    expect(texts()).toEqual(['Promo timeline', 'Offsite feedback']);
    expect(await moveTalkingPoint(state.profile!.talkingPoints.queued, 0, -1)).toBeNull();

    await discussTalkingPoint(state.profile!.talkingPoints.queued[0]!);
    expect(texts()).toEqual(['Offsite feedback']);
    expect(state.profile?.talkingPoints.recentlyDiscussed.map((p) => p.text)).toEqual(['Promo timeline']);
    await lastToast()?.action?.run();
    expect(texts()).toEqual(['Offsite feedback', 'Promo timeline']);

    expect(await removeTalkingPoint(state.profile!.talkingPoints.queued[0]!)).toBe(true);
    expect(texts()).toEqual(['Promo timeline']);
    await lastToast()?.action?.run();
    expect(texts()).toEqual(['Promo timeline', 'Offsite feedback']);
    stop();
  });
});
