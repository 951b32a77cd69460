import type { startMethods } from '../../shared/start';
import type { HandlersOf } from '../compose-handlers';

/** Once the core answers, the journal is open: there is no start-up work left to watch or stop. */
export function startHandlers(): HandlersOf<typeof startMethods> {
  return {
    'start.progress': () => null,
    'start.cancel': () => ({ cancelled: false }),
  };
}
