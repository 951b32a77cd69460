import type { StartProgress } from '../../../shared/start';
import { call } from '../../app/api';
import { bridge } from '../../app/bridge';

/** The start-up work's calls (issue 23); components call these, never the API. */

/** Whether the host is still preparing the journal, asked first thing at start; null once it is open (or cannot say). */
export async function preparingAtStart(): Promise<StartProgress | null> {
  const result = await bridge().invoke('start.progress', {});
  return result.ok ? result.value : null;
}

export function startProgress(): Promise<StartProgress | null> {
  return call('start.progress', {});
}

/** Stops the work at its next step; the host then quits, leaving the journal as it was. */
export function cancelStart(): Promise<{ cancelled: boolean }> {
  return call('start.cancel', {});
}
