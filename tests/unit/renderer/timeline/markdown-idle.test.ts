// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteHtml, renderMarkdown, renderWhenIdle } from '../../../../src/renderer/features/timeline/markdown';

/** Idle periods the test hands out: each deadline answers `timeRemaining` from its list, then 0. */
function idlePeriods(): { pending: IdleRequestCallback[]; run(remaining: number[]): void } {
  const pending: IdleRequestCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => pending.push(callback));
  return {
    pending,
    run(remaining) {
      const callback = pending.shift();
      if (!callback) throw new Error('no idle callback was asked for');
      callback({ didTimeout: false, timeRemaining: () => remaining.shift() ?? 0 });
    },
  };
}

const source = (n: number) => ({ id: `note-${n}`, updatedAt: '2026-11-23T14:00:00.000Z', body: `**Note ${n}** with a [link](https://example.com)` });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('rendering notes while the window is idle', () => {
  it('renders while an idle period lasts, asks for another for the rest, and stops when done', () => {
    const idle = idlePeriods();
    renderWhenIdle([source(1), source(2), source(3)]);
    expect(idle.pending).toHaveLength(1);

    idle.run([20, 20, 2]); // two notes, then too little time left for a third
    expect(idle.pending).toHaveLength(1);
    idle.run([20]);
    expect(idle.pending).toHaveLength(0);

    // A later batch starts a new round.
    renderWhenIdle([source(4)]);
    expect(idle.pending).toHaveLength(1);
    idle.run([20]);
    expect(idle.pending).toHaveLength(0);
  });

  it('what it rendered is what the row shows: the same safe HTML', () => {
    const idle = idlePeriods();
    renderWhenIdle([source(5)]);
    idle.run([20]);
    expect(noteHtml(source(5))).toBe(renderMarkdown(source(5).body));
    expect(noteHtml(source(5))).toContain('<strong>Note 5</strong>');
  });

  it('does nothing where there is no idle callback (the row renders its note when drawn)', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    expect(() => renderWhenIdle([source(6)])).not.toThrow();
  });
});
