import { describe, expect, it, vi } from 'vitest';
import { DraftStore } from '../../../../src/renderer/app/drafts';
import { closeCapture } from '../../../../src/renderer/features/capture/capture-actions';
import { CAPTURE_DRAFT, keepLine, keptLine } from '../../../../src/renderer/features/quick-log/quick-log.svelte';
import { memoryStorage } from '../memory-storage';

describe('closing quick capture', () => {
  it('writes the line typed so far before the window goes, so Esc never loses it', () => {
    const storage = memoryStorage();
    const store = new DraftStore(() => storage);
    keepLine('@Sam 30m coaching', store, CAPTURE_DRAFT);
    expect(storage.length).toBe(0);
    closeCapture(store, { close: vi.fn(), opener: null, tend: {} as never });
    expect(keptLine(new DraftStore(() => storage), CAPTURE_DRAFT)).toBe('@Sam 30m coaching');
  });

  it.each([
    ['the desktop app’s window (it only hides)', { tend: {} as never, opener: null }, true],
    ['a popup the page opened', { tend: undefined, opener: {} as Window }, true],
    ['a tab the page did not open', { tend: undefined, opener: null }, false],
  ] as const)('closes %s: %s', (_what, facts, closes) => {
    const close = vi.fn();
    closeCapture(new DraftStore(() => memoryStorage()), { ...facts, close });
    expect(close).toHaveBeenCalledTimes(closes ? 1 : 0);
  });
});
