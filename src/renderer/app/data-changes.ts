import type { EventPayloads, MethodInput, MethodName, MethodResult } from '../../shared/contract';
import type { DataArea } from '../../shared/method-table';
import { call, onEvent } from './api';
import { eventsConnected } from './bridge';
import { localDayOf } from './dates';
import { windowDay } from './window-day.svelte';
import { METHOD_TOUCHES } from './method-touches';

/**
 * How views stay fresh: every write declares the areas it touches (src/shared/<feature>.ts), the
 * host announces them in `data.changed` after the write, and each view reloads only when an area it
 * shows was touched — whether the write came from this window, another window or the tray. One edit
 * is therefore one read per view, never a second explicit reload beside the event.
 */

export type DataChange = EventPayloads['data.changed'];

/** Whether a view showing `areas` must reload after a write that touched `touches`. */
export function showsChange(areas: readonly DataArea[], touches: readonly DataArea[]): boolean {
  return touches.some((area) => areas.includes(area));
}

/** Calls `handler` after every write that touches one of `areas`; returns the function that stops it. */
export function onDataChanged(areas: readonly DataArea[], handler: (change: DataChange) => void): () => void {
  return onEvent('data.changed', (change) => {
    if (showsChange(areas, change.touches)) handler(change);
  });
}

/**
 * If an announcement is lost (the web host's event stream was reconnecting), a write still must
 * not wait for ever: after this long the views it touched reload on their own.
 */
const MISSED_CHANGE_MS = 3000;

interface Refresher {
  areas: readonly DataArea[];
  load: () => Promise<void>;
  /** Writes waiting for this view's next load to start. */
  armed: Set<() => void>;
  /** Writes waiting for the load now running to finish. */
  running: Set<() => void>;
  generation: number;
}

const refreshers = new Set<Refresher>();

async function run(refresher: Refresher): Promise<void> {
  const generation = ++refresher.generation;
  for (const done of refresher.armed) refresher.running.add(done);
  refresher.armed.clear();
  try {
    await refresher.load();
  } finally {
    // A newer load answers for the writes this one was started for.
    if (generation === refresher.generation) {
      for (const done of refresher.running) done();
      refresher.running.clear();
    }
  }
}

function settle(refresher: Refresher): void {
  for (const done of [...refresher.armed, ...refresher.running]) done();
  refresher.armed.clear();
  refresher.running.clear();
}

/**
 * Reloads a view (`load`) after every write that touches one of `areas`. While it runs, `written`
 * can wait for it. Returns the function that stops it (when the view goes away).
 */
export function refreshOn(areas: readonly DataArea[], load: () => Promise<void>): () => void {
  const refresher: Refresher = { areas, load, armed: new Set(), running: new Set(), generation: 0 };
  refreshers.add(refresher);
  const stop = onDataChanged(areas, () => void run(refresher));
  return () => {
    stop();
    refreshers.delete(refresher);
    settle(refresher);
  };
}

/**
 * When the day turns, every open view reloads (issue 19: Today still said "21 days" three days
 * later): most show something counted from today, and reloading the rest once a day costs nothing.
 * The host says when its day turns (`day.changed`: local midnight, a wake from sleep, the clock
 * moved); a window coming back into view checks its own day too, for a host that was asleep with it.
 * It turns `windowDay`, which views read for "today". Started once by the app; returns the function
 * that stops it.
 */
export function refreshOnNewDay(target: Window = window, now: () => Date = () => new Date()): () => void {
  let day = localDayOf(now());
  // The day first, so what reloads words itself from the new one (window-day.svelte.ts).
  const reloadAll = (hostDay?: string) => {
    const at = now();
    day = localDayOf(at);
    windowDay.turn(at, hostDay ?? day);
    for (const refresher of refreshers) void run(refresher);
  };
  const stopEvent = onEvent('day.changed', (changed) => reloadAll(changed.today));
  const onVisibility = () => {
    if (target.document.visibilityState === 'visible' && localDayOf(now()) !== day) reloadAll();
  };
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    stopEvent();
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** Promises, one per open view that shows `touches`, each kept when that view's next load finishes. */
function armFor(touches: readonly DataArea[]): { shown: Promise<void>; cancel: () => void; expect: () => void } {
  const waits: { refresher: Refresher; done: () => void }[] = [];
  const promises: Promise<void>[] = [];
  for (const refresher of refreshers) {
    if (!showsChange(refresher.areas, touches)) continue;
    promises.push(
      new Promise<void>((resolve) => {
        waits.push({ refresher, done: resolve });
        refresher.armed.add(resolve);
      }),
    );
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const shown = Promise.all(promises).then(() => clearTimeout(timer));
  return {
    shown,
    cancel() {
      for (const { refresher, done } of waits) refresher.armed.delete(done);
    },
    expect() {
      if (waits.length === 0) return;
      timer = setTimeout(() => {
        for (const { refresher, done } of waits) if (refresher.armed.has(done)) void run(refresher);
      }, MISSED_CHANGE_MS);
    },
  };
}

/** A write this window made: its method, what was sent and what it answered. */
export type Write = { [M in MethodName]: { method: M; input: MethodInput<M>; value: MethodResult<M> } }[MethodName];

const writeListeners = new Set<(write: Write) => void>();

/**
 * Calls `listener` after every write made through `written` in this window, before the views it
 * touched reload, so a view can change the records it names in place (a long list need not be read
 * again to show one edit). Returns the function that stops it.
 */
export function onWritten(listener: (write: Write) => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

/**
 * Calls a write method and resolves once every open view that shows what it touches has loaded it
 * again, so what follows (closing a form, returning focus, a toast) happens on a fresh page.
 * `afterCall` runs as soon as the write is done, before the views reload (e.g. leaving a page that
 * is about to vanish). A refused write rejects with its ApiFailure and waits for nothing.
 */
export async function written<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  afterCall?: (value: MethodResult<M>) => void,
): Promise<MethodResult<M>> {
  await eventsConnected();
  // Armed before the call: in Electron the announcement arrives before the call's answer.
  const wait = armFor(METHOD_TOUCHES[method]);
  let value: MethodResult<M>;
  try {
    value = await call(method, input);
  } catch (error) {
    wait.cancel();
    throw error;
  }
  wait.expect();
  for (const listener of writeListeners) listener({ method, input, value } as Write);
  afterCall?.(value);
  await wait.shown;
  return value;
}
