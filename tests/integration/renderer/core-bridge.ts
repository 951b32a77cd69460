import type { MethodName, TendBridge } from '../../../src/shared/contract';
import { installBridge } from '../../../src/renderer/app/bridge';
import { openTestTend, type TestTend } from '../../fixtures/open-test-tend';

export interface CoreBridge extends TestTend {
  /** How many times each method was called through the bridge. */
  calls: Map<MethodName, number>;
}

/**
 * Installs the renderer's bridge over a real core on a temp SQLite file: calls go to
 * `tend.dispatch`, and `data.changed` is the core's own announcement, as the hosts wire them.
 */
export async function bridgeOverCore(): Promise<CoreBridge> {
  const opened = await openTestTend();
  const calls = new Map<MethodName, number>();
  const bridge: TendBridge = {
    invoke(method, input) {
      calls.set(method, (calls.get(method) ?? 0) + 1);
      return opened.tend.dispatch(method, input);
    },
    on(event, listener) {
      if (event !== 'data.changed') return () => undefined;
      return opened.tend.onDataChanged(listener as Parameters<typeof opened.tend.onDataChanged>[0]);
    },
  };
  installBridge(bridge);
  return { ...opened, calls };
}
