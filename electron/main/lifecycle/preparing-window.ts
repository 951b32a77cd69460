import { ipcMain } from 'electron';
import { createStartWork, type StartWork } from '../../../src/core/tend';
import { RPC_CHANNEL } from '../../../src/shared/channels';
import { handleRpc } from '../ipc/rpc-handler';

export interface PreparingWindow {
  /** What openTend reports its long start-up work to. */
  readonly work: StartWork;
  /** Stops answering for the work, so the whole contract can take the channel over; the page then loads the app. */
  handOver(): void;
  /** The main window closed while the work runs: that is Cancel (the journal stays as it was, and Tend quits). */
  windowClosed(): void;
}

/**
 * Long work before the journal opens (issue 23: building the search index, encrypting a plaintext
 * journal): as the passphrase prompt does (start-prompt.ts), the main window opens at once on the
 * app page, whose first call finds the work under way, so it shows "Preparing your journal" with
 * the progress and Stop. Its calls are answered by the work until the journal is open.
 */
export function createPreparingWindow(openWindow: () => void, beforeAnswering: () => void): PreparingWindow {
  const work = createStartWork();
  let answering = false;
  work.onBegin(() => {
    // The passphrase prompt's window (if it asked) stops answering for its gate first.
    beforeAnswering();
    ipcMain.handle(RPC_CHANNEL, (event, method: unknown, input: unknown) => handleRpc(event.senderFrame?.url, method, input, work.dispatch));
    answering = true;
    openWindow();
  });
  return {
    work,
    handOver() {
      work.opened();
      if (answering) ipcMain.removeHandler(RPC_CHANNEL);
      answering = false;
    },
    windowClosed() {
      if (answering) void work.dispatch('start.cancel', {});
    },
  };
}
