import { app, ipcMain } from 'electron';
import type { Clock } from '../../../src/core/clock';
import type { Keyring } from '../../../src/core/crypto/keyring';
import { createStartGate, type StartGate } from '../../../src/core/lock/start-gate';
import { RPC_CHANNEL } from '../../../src/shared/channels';
import { handleRpc } from '../ipc/rpc-handler';

export interface StartPrompt {
  /**
   * Opens the main window on the lock screen and answers its calls through the start gate until the
   * passphrase typed there unwraps the key, which it returns. Called only when a passphrase wraps it.
   */
  ask(keyring: Keyring): Promise<Buffer>;
  /** Whether `ask` was called, so the main window is already open. */
  readonly asked: boolean;
  /** Stops answering for the gate, so the whole contract can take the channel over. */
  handOver(): void;
  /** The contract answers now: the window's waiting unlock returns and the app mounts. */
  opened(): void;
  /** The main window closed: while the passphrase is still being asked, that is the leader quitting. */
  windowClosed(): void;
}

/**
 * Asks for the passphrase at start (issue 24) in the main window itself: the window loads the app,
 * whose first call finds Tend locked, so it shows the same LockScreen as an idle lock, in the same
 * window with the same security settings. Closing the window before the key opens quits Tend
 * cleanly: nothing was opened yet, so nothing is left half-done.
 */
export function createStartPrompt(openWindow: () => void, clock: Clock = () => new Date()): StartPrompt {
  let gate: StartGate | null = null;
  let answering = false;
  let open = false;
  return {
    ask(keyring) {
      const started = createStartGate({ keyring, clock });
      gate = started;
      ipcMain.handle(RPC_CHANNEL, (event, method: unknown, input: unknown) => handleRpc(event.senderFrame?.url, method, input, started.dispatch));
      answering = true;
      openWindow();
      return started.key;
    },
    get asked() {
      return gate !== null;
    },
    handOver() {
      if (answering) ipcMain.removeHandler(RPC_CHANNEL);
      answering = false;
    },
    opened() {
      open = true;
      gate?.opened();
    },
    windowClosed() {
      if (gate && !open) app.quit();
    },
  };
}
