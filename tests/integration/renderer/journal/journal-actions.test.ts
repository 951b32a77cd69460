import { afterEach, describe, expect, it } from 'vitest';
import type { JournalSaved } from '../../../../src/shared/journal';
import { toasts } from '../../../../src/renderer/app/toasts.svelte';
import {
  Autosaver,
  draftNewerThan,
  loadEntry,
  loadMonth,
  logTimeForMentioned,
  saveEntry,
  type DraftStore,
} from '../../../../src/renderer/features/journal/journal-actions';
import { bridgeOverCore, type CoreBridge } from '../core-bridge';

const DAY = '2026-11-23';

function memoryDrafts(): DraftStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

async function addPerson(core: CoreBridge, name: string, preferredName: string | null = null): Promise<string> {
  const result = await core.tend.dispatch('people.save', { name, ...(preferredName ? { preferredName } : {}) });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.id;
}

afterEach(() => {
  for (const toast of toasts.items) toasts.dismiss(toast.id);
});

describe('journal, from the page to the core and back', () => {
  it('keeps the newest text when autosaves reach the core out of order', async () => {
    await bridgeOverCore();
    const held: Array<() => void> = [];
    let first = true;
    const save = (day: string, body: string, revision: number): Promise<JournalSaved> => {
      if (!first) return saveEntry(day, body, revision);
      first = false;
      return new Promise((resolve, reject) => held.push(() => void saveEntry(day, body, revision).then(resolve, reject)));
    };
    const drafts = memoryDrafts();
    const saver = new Autosaver(DAY, { body: '', revision: 0 }, { save, drafts, delayMs: 10_000 });

    saver.change('Quiet day.');
    const older = saver.flush();
    saver.change('Quiet day. Sam shipped the launch.');
    await saver.flush();
    held[0]?.();
    await older;

    expect((await loadEntry(DAY)).body).toBe('Quiet day. Sam shipped the launch.');
    expect(saver.status).toBe('saved');
    expect(drafts.items.size).toBe(0);
  });

  it('opening a day and leaving it untouched writes nothing', async () => {
    const core = await bridgeOverCore();
    const entry = await loadEntry(DAY);
    const saver = new Autosaver(DAY, { body: entry.body ?? '', revision: entry.revision });

    await saver.flush();

    expect(entry.body).toBeNull();
    expect(core.calls.get('journal.save')).toBeUndefined();
    expect((await loadMonth('2026-11')).days).toEqual([]);
  });

  it('keeps a draft until the save is acknowledged, and offers it only while it is newer', async () => {
    await bridgeOverCore();
    const drafts = memoryDrafts();
    const saver = new Autosaver(DAY, { body: '', revision: 0 }, { drafts, delayMs: 10_000 });

    saver.change('Typed before a crash.');

    expect(draftNewerThan(drafts, DAY, 0)?.body).toBe('Typed before a crash.');
    await saver.flush();
    expect(draftNewerThan(drafts, DAY, saver.revision)).toBeNull();
    expect((await loadEntry(DAY)).revision).toBe(1);
  });

  it('logs time with the people chosen from those mentioned as contact, each for their own minutes, and says so', async () => {
    const core = await bridgeOverCore();
    const sam = await addPerson(core, 'Samuel Okafor', 'Sam');
    const priya = await addPerson(core, 'Priya Natarajan');
    const lee = await addPerson(core, 'Lee Chen');
    await saveEntry(DAY, 'Coffee with @Sam and @Priya Natarajan.\n- [ ] call @Lee Chen', 1);
    const names = new Map([[sam, 'Sam'], [priya, 'Priya'], [lee, 'Lee']]);
    const nameOf = (id: string) => names.get(id) ?? '';

    const same = await logTimeForMentioned(DAY, [{ personId: sam, minutes: 20 }, { personId: priya, minutes: 20 }], 'check_in', nameOf);
    expect(same.map((investment) => [investment.personId, investment.minutes, investment.kind])).toEqual([
      [sam, 20, 'check_in'],
      [priya, 20, 'check_in'],
    ]);
    expect(toasts.items.at(-1)?.message).toBe('Logged 20 min with Sam and Priya.');

    const apart = await logTimeForMentioned(DAY, [{ personId: sam, minutes: 90 }, { personId: priya, minutes: 15 }], 'coaching', nameOf);
    expect(apart.map((investment) => investment.minutes)).toEqual([90, 15]);
    expect(toasts.items.at(-1)?.message).toBe('Logged 1 h 30 with Sam and 15 min with Priya.');

    await expect(logTimeForMentioned(DAY, [{ personId: lee, minutes: 10 }], 'check_in', nameOf)).rejects.toThrow(/only with people this entry mentions/);
  });
});
