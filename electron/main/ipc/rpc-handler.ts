import { log } from '../../../src/core/log';
import { HOST_PATH_REFUSAL, namesHostPath } from '../../../src/shared/archive';
import { fail, type Result } from '../../../src/shared/result';
import { isAppUrl } from '../security/policy';

const logger = log('ipc');

export type DispatchFn = (method: string, input: unknown) => Promise<Result<unknown>>;

/**
 * Decides one RPC call from a renderer: only the app's own page may call the API (DESIGN.md,
 * Security: the sender of every IPC message is checked), and a window with an allow-list (quick
 * capture) only the methods on it; everything else goes to the dispatcher, which validates the
 * method and input itself.
 */
export async function handleRpc(
  senderUrl: string | null | undefined,
  method: unknown,
  input: unknown,
  dispatch: DispatchFn,
  allowed: readonly string[] | null = null,
): Promise<Result<unknown>> {
  if (!isAppUrl(senderUrl)) {
    logger.warn(`refused ${String(method)} from ${senderUrl ?? 'a frame that is gone'}`);
    return fail('transport', 'This window is not allowed to talk to Tend.');
  }
  if (typeof method !== 'string') {
    return fail('unknown_method', 'Tend received a call without an action name.');
  }
  if (allowed !== null && !allowed.includes(method)) {
    logger.warn(`refused ${method} from a window limited to ${allowed.join(', ')}`);
    return fail('transport', 'This window can only log a quick line; open Tend for the rest.');
  }
  if (namesHostPath(method, input)) return fail('transport', HOST_PATH_REFUSAL);
  return dispatch(method, input);
}
