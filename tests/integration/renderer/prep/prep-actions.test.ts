import { describe, expect, it, vi } from 'vitest';
import { dismissQuestion, finishOneOnOne, loadPrepSheet, loadThisWeek, markdownFileName, minutesBetween, prepMarkdown, savePrepMarkdown } from '../../../../src/renderer/features/prep/prep-actions';
import { toasts } from '../../../../src/renderer/app/toasts.svelte';
import type { NativeFiles } from '../../../../src/shared/native-files';
import { ApiFailure } from '../../../../src/renderer/app/api';
import { bridgeOverCore, type CoreBridge } from '../core-bridge';

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

async function seeded(core: CoreBridge) {
  const person = await ok(core.tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam' }));
  const first = await ok(core.tend.dispatch('talkingPoints.save', { personId: person.id, text: 'Conference budget' }));
  const second = await ok(core.tend.dispatch('talkingPoints.save', { personId: person.id, text: 'On-call rota' }));
  await ok(core.tend.dispatch('commitments.save', { personId: person.id, text: 'Send the promotion doc' }));
  return { person, first, second };
}

describe('prep actions over a real core', () => {
  it('saves the sheet’s Markdown through the desktop app’s save dialog, then offers “Show in folder”', async () => {
    const core = await bridgeOverCore();
    const { person } = await seeded(core);
    const sheet = await loadPrepSheet(person.id);
    const path = `/home/lee/1-1s/${markdownFileName(sheet.person.name, sheet.day)}`;
    const files = {
      saveFile: vi.fn<NativeFiles['saveFile']>(async () => ({ state: 'saved' as const, path, bytes: 10 })),
      openFile: vi.fn<NativeFiles['openFile']>(async () => ({ state: 'cancelled' as const })),
      restoreFile: vi.fn<NativeFiles['restoreFile']>(async () => ({ state: 'cancelled' as const })),
      showInFolder: vi.fn<NativeFiles['showInFolder']>(async () => true),
    };
    await savePrepMarkdown(sheet, files);
    expect(files.saveFile).toHaveBeenCalledWith({ kind: 'markdown', fileName: 'prep-samuel-okafor-2026-11-23.md', text: await prepMarkdown(person.id) });
    const toast = toasts.items.at(-1);
    expect(toast?.message).toBe('Saved prep-samuel-okafor-2026-11-23.md.');
    await toast?.action?.run();
    expect(files.showInFolder).toHaveBeenCalledWith(path);
    if (toast) toasts.dismiss(toast.id);
  });

  it('reads the sheet, the week and the Markdown for a person', async () => {
    const core = await bridgeOverCore();
    const { person } = await seeded(core);

    const sheet = await loadPrepSheet(person.id);
    expect(sheet.person.callName).toBe('Sam');
    expect(sheet.talkingPoints.map((point) => point.text)).toEqual(['Conference budget', 'On-call rota']);
    expect(sheet.followThrough.mine.map((item) => item.text)).toEqual(['Send the promotion doc']);
    expect((await loadThisWeek(1)).people.map((due) => due.id)).toContain(person.id);
    expect(await prepMarkdown(person.id)).toContain('Conference budget');
  });

  it('finishes a 1:1 once per meeting id: investment, note, tick and new commitment', async () => {
    const core = await bridgeOverCore();
    const { person, first, second } = await seeded(core);
    const input = {
      personId: person.id,
      meetingId: crypto.randomUUID(),
      minutes: 30,
      note: 'Talked about the budget.',
      tickedPointIds: [first.id],
      newCommitments: [{ text: 'Ask finance about travel', owner: 'me' as const }],
    };

    const done = await finishOneOnOne(input);
    const again = await finishOneOnOne(input);

    expect(done.written).toBe(true);
    expect(again.written).toBe(false);
    expect(again.investment?.id).toBe(done.investment?.id);
    const next = await loadPrepSheet(person.id);
    expect(next.sinceLastTime.daysSinceOneOnOne).toBe(0);
    expect(next.sinceLastTime.investments.map((item) => item.minutes)).toEqual([30]);
    expect(next.sinceLastTime.notes.map((note) => note.body)).toEqual(['Talked about the budget.']);
    expect(next.talkingPoints.map((point) => point.id)).toEqual([second.id]);
    expect(next.followThrough.mine.map((item) => item.text).sort()).toEqual(['Ask finance about travel', 'Send the promotion doc']);
  });

  it('rejects an unknown person with the core’s own words', async () => {
    await bridgeOverCore();
    await expect(loadPrepSheet('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(ApiFailure);
    await expect(dismissQuestion('00000000-0000-4000-8000-000000000000', 'x:y', 'never')).rejects.toBeInstanceOf(ApiFailure);
  });

  it('names the saved file and counts the minutes the mode was open', () => {
    expect(markdownFileName('Zoë O’Brien', '2026-11-23')).toBe('prep-zoe-o-brien-2026-11-23.md');
    expect(minutesBetween(0, 29 * 60000 + 40000)).toBe(30);
    expect(minutesBetween(0, 1000)).toBe(1);
    expect(minutesBetween(0, 20 * 3600000)).toBe(600);
  });
});
