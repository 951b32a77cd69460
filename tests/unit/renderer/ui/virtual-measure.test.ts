// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Virtualizer } from '@tanstack/svelte-virtual';
import { followScrollMargin } from '../../../../src/renderer/ui/scroll-parent';
import { measureAfterLayout, observeRectAfterLayout } from '../../../../src/renderer/ui/virtual-measure';

/** jsdom has no ResizeObserver: this one reports when the test says the frame's layout is done. */
class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  observed: Element[] = [];
  constructor(readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.all.push(this);
  }
  observe(target: Element): void {
    this.observed.push(target);
  }
  unobserve(): void {}
  disconnect(): void {
    this.observed = [];
  }
  report(entries: Partial<ResizeObserverEntry>[]): void {
    this.callback(entries as ResizeObserverEntry[], this as unknown as ResizeObserver);
  }
}

const entry = (blockSize: number, inlineSize = 800): Partial<ResizeObserverEntry> => ({ borderBoxSize: [{ blockSize, inlineSize }] });

/** The parts of the virtualizer these functions read. */
function instanceWith(sizes: Map<string, number>, scrollElement: HTMLElement | null = null): Virtualizer<HTMLElement, HTMLElement> {
  return {
    scrollElement,
    itemSizeCache: sizes,
    indexFromElement: (element: HTMLElement) => Number(element.dataset.index),
    options: { getItemKey: (index: number) => `row-${index}`, estimateSize: () => 40 },
  } as unknown as Virtualizer<HTMLElement, HTMLElement>;
}

function row(index: number): HTMLElement {
  const li = document.createElement('li');
  li.dataset.index = String(index);
  return li;
}

describe('virtual lists learn sizes without forcing a layout as the view mounts (issue 21)', () => {
  let boxes: ReturnType<typeof vi.spyOn>;
  let styles: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    FakeResizeObserver.all = [];
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    boxes = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
    styles = vi.spyOn(window, 'getComputedStyle');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it.each([
    { case: 'a row as it is drawn, never measured: the estimate', index: 3, cached: [], report: undefined, size: 40 },
    { case: 'a row as it is drawn, measured before: its last size', index: 3, cached: [['row-3', 72]], report: undefined, size: 72 },
    { case: 'the observer’s report after layout: its border box', index: 3, cached: [['row-3', 72]], report: 57.6, size: 58 },
  ] as const)('$case', ({ index, cached, report, size }) => {
    const instance = instanceWith(new Map(cached));
    expect(measureAfterLayout(row(index), report === undefined ? undefined : (entry(report) as ResizeObserverEntry), instance)).toBe(size);
    expect(boxes).not.toHaveBeenCalled();
  });

  it('the scroll container’s size comes from its observer’s reports, none read at once', () => {
    const container = document.createElement('main');
    const rects: { width: number; height: number }[] = [];
    const stop = observeRectAfterLayout(instanceWith(new Map(), container), (rect) => rects.push(rect));
    expect(rects).toEqual([]);
    FakeResizeObserver.all[0]!.report([entry(640.4, 1000)]);
    expect(rects).toEqual([{ width: 1000, height: 640 }]);
    stop();
    expect(FakeResizeObserver.all[0]!.observed).toEqual([]);
  });

  it('the list’s container and place in it are found in its first report, not when it starts following', () => {
    const main = document.createElement('main');
    main.style.overflowY = 'auto';
    const above = document.createElement('h1');
    const list = document.createElement('ul');
    main.append(above, list);
    document.body.append(main);
    const places: [HTMLElement, number][] = [];
    followScrollMargin(list, (container, margin) => places.push([container, margin]));
    expect(boxes).not.toHaveBeenCalled();
    expect(styles).not.toHaveBeenCalled();
    expect(places).toEqual([]);

    const observer = FakeResizeObserver.all[0]!;
    expect(observer.observed).toEqual([list]);
    boxes.mockImplementation(function (this: HTMLElement) {
      return { top: this === list ? 130 : 30 } as DOMRect;
    });
    observer.report([entry(400)]);
    expect(places).toEqual([[main, 100]]);
    // What stands above the list is watched from then on.
    expect(observer.observed).toEqual([list, above]);
    main.remove();
  });
});
