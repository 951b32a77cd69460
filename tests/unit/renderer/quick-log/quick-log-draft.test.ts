import { describe, expect, it } from 'vitest';
import { DraftStore, draftStorageKey } from '../../../../src/renderer/app/drafts';
import { QUICK_LOG_DRAFT, holdsTyping, keepLine, keptLine } from '../../../../src/renderer/features/quick-log/quick-log.svelte';
import { memoryStorage } from '../memory-storage';

describe('holdsTyping: what a quick-log line keeps as a draft', () => {
  it.each([
    ['', false],
    ['   ', false],
    ['@Sam ', false],
    ['@Sam', false],
    ['@Sam 3', true],
    ['@Sam 30m coaching', true],
    ['walked through the promo case', true],
  ])('%j → %s', (line, holds) => {
    expect(holdsTyping(line)).toBe(holds);
  });
});

describe('the quick-log line as a draft', () => {
  it('keeps a typed line for the next field (navigation, reload) and forgets it once blank again (saved)', () => {
    const storage = memoryStorage();
    const store = new DraftStore(() => storage);
    expect(keptLine(store)).toBe('');

    keepLine('@Sam 30m coaching', store);
    store.flush();
    expect(keptLine(new DraftStore(() => storage))).toBe('@Sam 30m coaching');
    expect(storage.map.has(draftStorageKey(QUICK_LOG_DRAFT))).toBe(true);

    keepLine('', store);
    store.flush();
    expect(keptLine(new DraftStore(() => storage))).toBe('');
    expect(storage.map.size).toBe(0);
  });

  it('does not keep a bare prefill as a draft', () => {
    const storage = memoryStorage();
    const store = new DraftStore(() => storage);
    keepLine('@Maya ', store);
    store.flush();
    expect(storage.map.size).toBe(0);
  });
});
