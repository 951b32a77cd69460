import { globalShortcut } from 'electron';
import { log } from '../../../src/core/log';
import { refusedMessage, type CaptureStatus } from '../../../src/shared/capture';

const logger = log('capture');

/**
 * The global quick-capture shortcut: registered with the system, changed when Settings changes it,
 * and its state kept for `capture.status` — a refusal (another app holds the keys) is reported in
 * Settings rather than failing silently.
 */
export function keepCaptureShortcut(onPress: () => void) {
  let current: CaptureStatus = { shortcut: '', state: 'off', message: null };

  function apply(shortcut: string): CaptureStatus {
    if (shortcut === current.shortcut && current.state === 'registered') return current;
    if (current.state === 'registered') globalShortcut.unregister(current.shortcut);
    if (shortcut === '') {
      current = { shortcut, state: 'off', message: 'No shortcut is set; the tray’s “Quick capture…” still opens it.' };
      return current;
    }
    let registered = false;
    try {
      registered = globalShortcut.register(shortcut, onPress);
    } catch (error) {
      // Electron throws on an accelerator it cannot parse; the settings schema lets few of those through.
      logger.warn(`could not register ${shortcut}`, error);
    }
    if (!registered) logger.warn(`the system refused the quick capture shortcut ${shortcut}`);
    current = registered ? { shortcut, state: 'registered', message: null } : { shortcut, state: 'refused', message: refusedMessage(shortcut) };
    return current;
  }

  return {
    apply,
    status: (): CaptureStatus => current,
    /** Gives the keys back to the system as Tend quits. */
    release(): void {
      if (current.state === 'registered') globalShortcut.unregister(current.shortcut);
      current = { shortcut: current.shortcut, state: 'off', message: null };
    },
  };
}
