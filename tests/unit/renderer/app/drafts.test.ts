import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_WRITE_DELAY_MS, DraftStore, differs, draftStorageKey, parseDraft, restoreValues } from '../../../../src/renderer/app/drafts';
import { memoryStorage } from '../memory-storage';

const sam = (form: string) => ({ personId: 'p-sam', form });
const blank = { what: '', why: '', notedOn: '2026-11-23' };

describe('parseDraft', () => {
  it.each([
    ['missing', null],
    ['not JSON', '{'],
    ['no values', JSON.stringify({ open: true, at: 1 })],
    ['values not an object', JSON.stringify({ values: 'x', open: true, at: 1 })],
    ['open not a boolean', JSON.stringify({ values: {}, open: 'yes', at: 1 })],
  ])('reads %s as no draft', (_, text) => {
    expect(parseDraft(text)).toBeNull();
  });

  it('reads a well-formed draft', () => {
    expect(parseDraft(JSON.stringify({ values: { what: 'x' }, open: false, at: 5 }))).toEqual({ values: { what: 'x' }, open: false, at: 5 });
  });
});

describe('restoreValues', () => {
  it('lays kept values over the form, only for its own fields and only of the same type', () => {
    expect(restoreValues(blank, { what: 'Bedtime', why: 42, extra: 'x' })).toEqual({ what: 'Bedtime', why: '', notedOn: '2026-11-23' });
    expect(restoreValues({ yearly: false }, { yearly: true })).toEqual({ yearly: true });
    expect(restoreValues(blank, undefined)).toEqual(blank);
  });
});

describe('differs', () => {
  it.each([
    [{ ...blank }, false],
    [{ ...blank, what: 'x' }, true],
    [{ ...blank, notedOn: '2026-11-20' }, true],
  ])('%o differs from the blank form: %s', (values, expected) => {
    expect(differs(values, blank)).toBe(expected);
  });
});

describe('DraftStore', () => {
  let storage: ReturnType<typeof memoryStorage>;
  let store: DraftStore;
  let now = 1_000;

  beforeEach(() => {
    vi.useFakeTimers();
    storage = memoryStorage();
    now = 1_000;
    store = new DraftStore(() => storage, () => now);
  });
  afterEach(() => vi.useRealTimers());

  it('writes typing after a short pause, not on every key', () => {
    store.keep(sam('matter:new'), { ...blank, what: 'B' }, blank);
    store.keep(sam('matter:new'), { ...blank, what: 'Be' }, blank);
    expect(storage.map.size).toBe(0);
    expect(store.read(sam('matter:new'))?.values.what).toBe('Be');
    vi.advanceTimersByTime(DRAFT_WRITE_DELAY_MS);
    expect(parseDraft(storage.getItem(draftStorageKey(sam('matter:new'))))).toMatchObject({ values: { what: 'Be' }, open: true });
  });

  it('flush writes at once (pagehide), and a new store over the same storage restores the draft (reload)', () => {
    store.keep(sam('note:new'), { body: 'Half a thought' }, { body: '' });
    store.flush();
    const reloaded = new DraftStore(() => storage);
    expect(reloaded.restored(sam('note:new'), { body: '' })).toEqual({ body: 'Half a thought' });
  });

  it('keeps drafts per person and per form', () => {
    store.keep(sam('matter:new'), { ...blank, what: 'Sam’s' }, blank);
    store.keep({ personId: 'p-kofi', form: 'matter:new' }, { ...blank, what: 'Kofi’s' }, blank);
    store.keep(sam('matter:m1'), { ...blank, what: 'An edit' }, blank);
    store.flush();
    expect(store.restored(sam('matter:new'), blank).what).toBe('Sam’s');
    expect(store.restored({ personId: 'p-kofi', form: 'matter:new' }, blank).what).toBe('Kofi’s');
    expect(store.restored(sam('matter:m1'), blank).what).toBe('An edit');
  });

  it('forgets a draft typed back to what the form opened with', () => {
    store.keep(sam('matter:new'), { ...blank, what: 'x' }, blank);
    store.flush();
    store.keep(sam('matter:new'), blank, blank);
    store.flush();
    expect(storage.map.size).toBe(0);
  });

  it('closing keeps the draft but not the open form; the newest open form of a section is reopened', () => {
    store.keep(sam('date:custom'), { title: 'Exam' }, { title: '' });
    now = 2_000;
    store.keep(sam('date:d1'), { title: 'Moved' }, { title: '' });
    expect(store.openIn('p-sam', 'date')).toBe('d1');
    store.close(sam('date:d1'));
    expect(store.openIn('p-sam', 'date')).toBe('custom');
    store.close(sam('date:custom'));
    expect(store.openIn('p-sam', 'date')).toBeNull();
    expect(store.read(sam('date:custom'))).toMatchObject({ values: { title: 'Exam' }, open: false });
    expect(store.openIn('p-sam', 'dat')).toBeNull();
  });

  it('forgets every draft about a deleted person, and only theirs', () => {
    store.keep(sam('note:new'), { body: 'About Sam' }, { body: '' });
    store.keep(sam('matter:new'), { ...blank, what: 'x' }, blank);
    store.keep({ personId: 'p-kofi', form: 'note:new' }, { body: 'About Kofi' }, { body: '' });
    store.forgetPerson('p-sam');
    expect([...storage.map.keys()]).toEqual([draftStorageKey({ personId: 'p-kofi', form: 'note:new' })]);
  });

  it('take removes a draft and returns it; put brings it back open (Undo)', () => {
    store.keep(sam('note:new'), { body: 'Keep me' }, { body: '' });
    const dropped = store.take(sam('note:new'));
    expect(dropped?.values).toEqual({ body: 'Keep me' });
    vi.advanceTimersByTime(DRAFT_WRITE_DELAY_MS);
    expect(storage.map.size).toBe(0);
    expect(store.take(sam('note:new'))).toBeNull();
    store.put(sam('note:new'), { ...dropped!, open: false });
    expect(store.read(sam('note:new'))).toMatchObject({ values: { body: 'Keep me' }, open: true });
  });
});
