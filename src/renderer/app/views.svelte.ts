import type { Component } from 'svelte';
import { VIEW_NAMES, loadView, loadedView, type ViewName } from './view-loaders';

/**
 * The view on screen, loaded when it is first shown (app/view-loaders.ts): the first paint loads
 * the frame and the view it opens on, not every page of the app. Once the window is idle the others
 * are fetched too, so moving between views stays instant.
 */

type PersonViewComponent = Component<{ id: string }>;
type PlainView = Component<Record<string, never>>;

/** Views that show one person take their id. */
type PersonViewName = 'person' | 'prep-person' | 'evidence';

export type LoadedView =
  | { name: 'person'; component: PersonViewComponent }
  | { name: 'prep-person'; component: PersonViewComponent }
  | { name: 'evidence'; component: PersonViewComponent }
  | { name: Exclude<ViewName, PersonViewName>; component: PlainView };

/** A view that takes longer than this shows a quiet line; anything quicker shows nothing (no flash). */
const QUIET_MS = 150;
/** The other views are fetched once the leader has left the window alone this long. */
const QUIET_INPUT_MS = 1_000;
const INPUT_EVENTS = ['scroll', 'wheel', 'keydown', 'pointerdown'] as const;

function viewOf(name: ViewName, component: Component<never>): LoadedView {
  return { name, component } as LoadedView;
}

class Views {
  /** The view on screen; null while the next one is being fetched. */
  current = $state.raw<LoadedView | null>(null);
  /** True once a fetch has taken longer than QUIET_MS. */
  slow = $state(false);
  failed = $state(false);
  #wanted: ViewName | null = null;
  #prefetching = false;

  show(name: ViewName): void {
    if (this.#wanted === name) return;
    this.#wanted = name;
    this.failed = false;
    this.slow = false;
    const ready = loadedView(name);
    if (ready) {
      this.current = viewOf(name, ready);
      // The first view may have arrived before the app (main.ts asks for it first).
      this.#prefetchRest();
      return;
    }
    this.current = null;
    const quiet = setTimeout(() => {
      if (this.#wanted === name) this.slow = true;
    }, QUIET_MS);
    loadView(name).then(
      (component) => {
        clearTimeout(quiet);
        if (this.#wanted !== name) return;
        this.current = viewOf(name, component);
        this.slow = false;
        this.#prefetchRest();
      },
      () => {
        clearTimeout(quiet);
        if (this.#wanted !== name) return;
        this.#wanted = null;
        this.failed = true;
      },
    );
  }

  /**
   * After the first view is up, the others one at a time while the leader is not doing anything:
   * evaluating a view's code is a long task, and one landing mid-scroll is a visible hitch (issue 7),
   * so each waits until the window has had no scroll, key or pointer input for a moment.
   */
  #prefetchRest(): void {
    if (this.#prefetching) return;
    this.#prefetching = true;
    let lastInput = performance.now();
    const noteInput = () => void (lastInput = performance.now());
    for (const event of INPUT_EVENTS) window.addEventListener(event, noteInput, { capture: true, passive: true });
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    const rest = VIEW_NAMES.filter((name) => !loadedView(name));
    const next = (): void => {
      const quietFor = performance.now() - lastInput;
      if (quietFor < QUIET_INPUT_MS) {
        setTimeout(next, QUIET_INPUT_MS - quietFor);
        return;
      }
      const name = rest.shift();
      if (name) idle(() => void loadView(name).catch(() => undefined).finally(next));
      else for (const event of INPUT_EVENTS) window.removeEventListener(event, noteInput, { capture: true });
    };
    next();
  }
}

export const views = new Views();
