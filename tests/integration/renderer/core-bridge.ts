import type { EventPayloads, MethodName, TendBridge } from '../../../src/shared/contract';
import { installBridge } from '../../../src/renderer/app/bridge';
import { openTestTend, type TestTend } from '../../fixtures/open-test-tend';

export interface CoreBridge extends TestTend {
  /** How many times each method was called through the bridge in this test. */
  calls: Map<MethodName, number>;
}

type ChangeListener = (payload: EventPayloads['data.changed']) => void;

/**
 * One bridge per test file, as the app has one per window: the renderer's stores are singletons
 * that subscribe once, so the bridge stays and each test points it at its own core.
 */
const listeners = new Set<ChangeListener>();
let current: CoreBridge | undefined;

installBridge({
  invoke(method, input) {
    if (!current) throw new Error('bridgeOverCore() first');
    current.calls.set(method, (current.calls.get(method) ?? 0) + 1);
    return current.tend.dispatch(method, input);
  },
  on(event, listener) {
    if (event !== 'data.changed') return () => undefined;
    listeners.add(listener as ChangeListener);
    return () => listeners.delete(listener as ChangeListener);
  },
} satisfies TendBridge);

/**
 * Points the renderer's bridge at a real core on a temp SQLite file: calls go to `tend.dispatch`,
 * and `data.changed` is the core's own announcement, as the hosts wire them.
 */
export async function bridgeOverCore(): Promise<CoreBridge> {
  const opened = await openTestTend();
  current = { ...opened, calls: new Map() };
  opened.tend.onDataChanged((payload) => {
    for (const listener of listeners) listener(payload);
  });
  return current;
}
